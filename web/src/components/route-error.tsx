/** Shown when a page cannot load (its code failed to download, or it threw). */
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="page narrow" id="main">
      <h1>{notFound ? 'This page does not exist' : 'This page could not load'}</h1>
      <p>
        {notFound
          ? 'Check the address, or go back to the start.'
          : 'Your connection may have dropped. Reload the page to try again; nothing you sent has been lost.'}
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        <a className="button secondary" href="/">
          Go to the start
        </a>
      </p>
    </main>
  );
}
