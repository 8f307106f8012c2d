/**
 * The frame of every page except the join page: the data cache, the header with the navigation
 * and the quick-exit control, and the page itself. The signed-in person's saved language is the
 * page's language.
 */
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api, errorMessage } from '../api/client';
import { QuickExit } from '../components/quick-exit';
import { useT } from '../i18n/intl';
import { useLocaleControl } from '../i18n/locale-root';
import { createQueryClient } from './query-client';
import { useMe } from './session';

export function Component() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <SkipLink />
      <UserLocale />
      <SiteHeader />
      <Outlet />
      <FocusOnNavigation />
    </QueryClientProvider>
  );
}

function SkipLink() {
  const { t } = useT();
  return (
    <a className="skip-link" href="#main">
      {t('layout.skip')}
    </a>
  );
}

/** Speaks the signed-in person's saved language (their choice in settings, or as first found). */
function UserLocale() {
  const me = useMe();
  const { setSource } = useLocaleControl();
  const locale = me.data?.locale;
  useEffect(() => setSource('user', locale ?? null), [locale, setSource]);
  return null;
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
  const { t } = useT();
  const user = me.data;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        Meedi8
      </Link>
      <nav aria-label={t('layout.nav')}>
        <ul className="nav-list">
          {user ? (
            <>
              <li>
                <NavLink to="/rooms" end>
                  {t('nav.rooms')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/settings">{t('nav.settings')}</NavLink>
              </li>
              {user.is_admin && (
                <li>
                  <NavLink to="/admin">{t('nav.admin')}</NavLink>
                </li>
              )}
              <li>
                <SignOutButton guest={user.is_guest} />
              </li>
            </>
          ) : me.isPending ? null : (
            <>
              <li>
                <NavLink to="/signin">{t('nav.signIn')}</NavLink>
              </li>
              <li>
                <NavLink to="/signup">{t('nav.signUp')}</NavLink>
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
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    // A guest has no password: once signed out, only a new invite brings them back.
    if (guest && !window.confirm(t('nav.signOutGuestConfirm'))) return;
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
      {busy ? t('nav.signingOut') : t('nav.signOut')}
    </button>
  );
}
