/**
 * The data cache: retries only failures that may pass (network, 5xx), never a 4xx; a 401 from
 * any request means the session ended, so the person is shown as signed out (and asked to sign in).
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** Whether a failed request is worth trying again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof ApiError) return error.status === 0 || error.status >= 500;
  return false;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) client.setQueryData(['me'], null);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
