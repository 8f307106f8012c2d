import { useTitle } from '../app/use-title';
import { AuthForm } from './auth-form';

/** `/signup`: create an account to start mediations. */
export function Component() {
  useTitle('Create an account');
  return (
    <main className="page narrow" id="main">
      <h1>Create an account</h1>
      <p>You need an account to start a mediation. The person you invite does not.</p>
      <AuthForm mode="signup" />
    </main>
  );
}
