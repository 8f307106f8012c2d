/** The data cache: retries only failures that may pass (network, 5xx), never a 4xx. */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** Whether a failed request is worth trying again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof ApiError) return error.status === 0 || error.status >= 500;
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}
