import { Link } from 'react-router';
import { useTitle } from '../app/use-title';

/** Any address the client does not know. */
export function Component() {
  useTitle('Page not found');
  return (
    <main className="page narrow" id="main">
      <h1>This page does not exist</h1>
      <p>The link may be mistyped, or the page may have moved.</p>
      <p>
        <Link to="/">Go to the start</Link> or <Link to="/rooms">open your mediations</Link>.
      </p>
    </main>
  );
}
