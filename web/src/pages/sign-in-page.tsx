import { usePageTitle } from '../app/use-title';
import { useT } from '../i18n/intl';
import { AuthForm } from './auth-form';

/** `/signin`. */
export function Component() {
  usePageTitle('nav.signIn');
  const { t } = useT();
  return (
    <main className="page narrow" id="main">
      <h1>{t('nav.signIn')}</h1>
      <AuthForm mode="signin" />
    </main>
  );
}
