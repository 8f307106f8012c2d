/**
 * The web client's entry. An invite link (`/join/:token`) is often the first thing a person opens,
 * on a phone: it loads only React and the join screen. Every other page loads the router, which
 * loads each page on demand.
 */
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { joinTokenFromPath } from './join/join-path';

const container = document.getElementById('root');

async function start(root: HTMLElement) {
  const token = joinTokenFromPath(window.location.pathname);
  const app = createRoot(root);
  if (token !== null) {
    const { JoinScreen } = await import('./join/join-screen');
    app.render(
      <StrictMode>
        <JoinScreen token={token} />
      </StrictMode>,
    );
    return;
  }
  const { RouterApp } = await import('./router-app');
  app.render(
    <StrictMode>
      <RouterApp />
    </StrictMode>,
  );
}

if (container) void start(container);
