import { useTitle } from '../app/use-title';
import { AuthForm } from './auth-form';

/** `/signin`. */
export function Component() {
  useTitle('Sign in');
  return (
    <main className="page narrow" id="main">
      <h1>Sign in</h1>
      <AuthForm mode="signin" />
    </main>
  );
}
