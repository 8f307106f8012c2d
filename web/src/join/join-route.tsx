/** The join screen when reached inside the app (the usual way in is a direct load, see main.tsx). */
import { useParams } from 'react-router';
import { JoinScreen } from './join-screen';

export function Component() {
  const { token = '' } = useParams();
  return <JoinScreen token={token} />;
}
