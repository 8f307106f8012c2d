import { usePageTitle } from '../app/use-title';
import { useT } from '../i18n/intl';
import { AuthForm } from './auth-form';

/** `/signup`: create an account to start mediations. */
export function Component() {
  usePageTitle('signUp.title');
  const { t } = useT();
  return (
    <main className="page narrow" id="main">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <AuthForm mode="signup" />
    </main>
  );
}
