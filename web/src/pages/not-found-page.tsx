import { Link } from 'react-router';
import { usePageTitle } from '../app/use-title';
import { useT } from '../i18n/intl';

/** Any address the client does not know. */
export function Component() {
  usePageTitle('notFound.pageTitle');
  const { t, rich } = useT();
  return (
    <main className="page narrow" id="main">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        {rich('notFound.links', {
          start: (chunks) => <Link to="/">{chunks}</Link>,
          rooms: (chunks) => <Link to="/rooms">{chunks}</Link>,
        })}
      </p>
    </main>
  );
}
