import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { createQueryClient, shouldRetry } from './query-client';

describe('the data cache', () => {
  it('retries network and server failures twice, never a refusal', () => {
    expect(shouldRetry(0, new ApiError('offline', 0, 'network_error'))).toBe(true);
    expect(shouldRetry(1, new ApiError('oops', 503, 'service_unavailable'))).toBe(true);
    expect(shouldRetry(2, new ApiError('oops', 503, 'service_unavailable'))).toBe(false);
    expect(shouldRetry(0, new ApiError('no', 409, 'not_your_turn'))).toBe(false);
  });

  it('shows the person as signed out when a request finds the session gone', async () => {
    const client = createQueryClient();
    client.setQueryData(['me'], { id: 'u1' });
    await client
      .fetchQuery({
        queryKey: ['rooms'],
        queryFn: () => Promise.reject(new ApiError('Sign in first.', 401, 'unauthenticated')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(['me'])).toBeNull();
  });
});
