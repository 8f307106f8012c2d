/** Shown when a page cannot load (its code failed to download, or it threw). */
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n/intl';

export function RouteError() {
  const error = useRouteError();
  const { t } = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="page narrow" id="main">
      <h1>{notFound ? t('notFound.title') : t('routeError.title')}</h1>
      <p>{notFound ? t('routeError.notFoundHint') : t('routeError.hint')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <a className="button secondary" href="/">
          {t('notFound.start')}
        </a>
      </p>
    </main>
  );
}
