/** Who is signed in (from the session cookie), and the guard for pages that need someone. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, api } from '../api/client';
import type { User } from '../api/types';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { useT } from '../i18n/intl';

export const ME_KEY = ['me'] as const;

/** The signed-in person, or null when nobody is. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<User>('/api/users/me', signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Sets the signed-in person after sign-in, sign-up or a profile change. */
export function useSetMe() {
  const client = useQueryClient();
  return (user: User | null) => client.setQueryData(ME_KEY, user);
}

/** Renders its children for a signed-in person; sends anyone else to sign in, then back. */
export function RequireSignIn({
  children,
  admin = false,
}: {
  children: (me: User) => ReactNode;
  admin?: boolean;
}) {
  const me = useMe();
  const location = useLocation();
  const { t } = useT();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ErrorPanel error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  if (admin && !me.data.is_admin) {
    return (
      <main className="page narrow" id="main">
        <h1>{t('admin.only.title')}</h1>
        <p>{t('admin.only.text')}</p>
      </main>
    );
  }
  return <>{children(me.data)}</>;
}
