/**
 * The frame of every page except the join page: the data cache, the header with the navigation
 * and the quick-exit control, and the page itself.
 */
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api, errorMessage } from '../api/client';
import { QuickExit } from '../components/quick-exit';
import { createQueryClient } from './query-client';
import { useMe } from './session';

export function Component() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <Outlet />
      <FocusOnNavigation />
    </QueryClientProvider>
  );
}

/** After moving to another page, puts focus at the page's content, as a full page load would. */
function FocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is for each new page
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    main.setAttribute('tabindex', '-1');
    main.focus();
  }, [pathname]);
  return null;
}

function SiteHeader() {
  const me = useMe();
  const user = me.data;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        Meedi8
      </Link>
      <nav aria-label="Main">
        <ul className="nav-list">
          {user ? (
            <>
              <li>
                <NavLink to="/rooms" end>
                  My mediations
                </NavLink>
              </li>
              <li>
                <NavLink to="/settings">Settings</NavLink>
              </li>
              {user.is_admin && (
                <li>
                  <NavLink to="/admin">Operator console</NavLink>
                </li>
              )}
              <li>
                <SignOutButton guest={user.is_guest} />
              </li>
            </>
          ) : me.isPending ? null : (
            <>
              <li>
                <NavLink to="/signin">Sign in</NavLink>
              </li>
              <li>
                <NavLink to="/signup">Create account</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      <QuickExit />
    </header>
  );
}

function SignOutButton({ guest }: { guest: boolean }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    // A guest has no password: once signed out, only a new invite brings them back.
    if (
      guest &&
      !window.confirm(
        'You joined as a guest. After signing out you will need a new invite link to come back. Sign out?',
      )
    )
      return;
    setBusy(true);
    try {
      await api.post('/api/auth/logout');
    } catch (error) {
      // The session may already be gone; sign out locally either way.
      console.warn('sign out:', errorMessage(error));
    }
    client.clear();
    client.setQueryData(['me'], null);
    setBusy(false);
    navigate('/', { replace: true });
  };
  return (
    <button type="button" className="link-button" onClick={signOut} disabled={busy}>
      {busy ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
