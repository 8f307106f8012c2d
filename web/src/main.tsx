/**
 * The web client's entry. An invite link (`/join/:token`) is often the first thing a person opens,
 * on a phone: it loads only React, the join screen and one language's texts. Every other page
 * loads the router, which loads each page on demand. Nothing shows until the page's language is
 * loaded, so no one sees a flash of another language.
 */
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseLocale, langParam } from './i18n/choose-locale';
import { applyDocumentLocale, LocaleRoot, prepareIntl } from './i18n/locale-root';
import { chooseCataloguePart } from './i18n/messages';
import { joinTokenFromPath } from './join/join-path';

const container = document.getElementById('root');

async function start(root: HTMLElement) {
  const token = joinTokenFromPath(window.location.pathname);
  chooseCataloguePart(token !== null ? 'join' : 'all');
  const sources = { query: langParam(window.location.search), browser: navigator.languages };
  const pageLoaded =
    token !== null
      ? import('./join/join-screen').then(({ JoinScreen }) => <JoinScreen token={token} />)
      : import('./router-app').then(({ RouterApp }) => <RouterApp />);
  const locale = await chooseLocale(sources);
  const [intl, page] = await Promise.all([prepareIntl(locale), pageLoaded]);
  applyDocumentLocale(locale);
  createRoot(root).render(
    <StrictMode>
      <LocaleRoot initial={intl} initialSources={sources}>
        {page}
      </LocaleRoot>
    </StrictMode>,
  );
}

if (container) void start(container);
