import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, errorMessage, networkMessage, requestHeaders, toApiError } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('toApiError', () => {
  it('keeps the API’s own message and code', () => {
    const error = toApiError(409, { error: { code: 'not_your_turn', message: 'Wait for John.' } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('Wait for John.');
    expect(error.code).toBe('not_your_turn');
    expect(error.status).toBe(409);
  });

  it('falls back to a plain sentence for bodies that are not the error shape', () => {
    expect(toApiError(500, '<html>oops</html>').message).toMatch(/on our side/);
    expect(toApiError(429, null).message).toMatch(/Wait a minute/);
    expect(toApiError(418, { error: { message: { nested: true } } }).message).not.toContain(
      '[object',
    );
    expect(toApiError(404, { error: 'x' }).code).toBe('http_404');
  });
});

describe('errorMessage', () => {
  it('never shows [object Object]', () => {
    expect(errorMessage({ some: 'object' })).toBe('Something went wrong. Please try again.');
    expect(errorMessage(new Error('[object Object]'))).toBe(
      'Something went wrong. Please try again.',
    );
    // A code the web has words for reads in the page's language; others keep the server's.
    expect(errorMessage(new ApiError('Sign in first.', 401, 'unauthenticated'))).toBe(
      'Please sign in to continue.',
    );
    expect(errorMessage(new ApiError('Wait 30 seconds.', 429, 'rate_limited'))).toBe(
      'Wait 30 seconds.',
    );
  });
});

describe('requests', () => {
  it('sends the CSRF header on writes only, and JSON only with a body', () => {
    expect(requestHeaders('GET', false)).toEqual({ accept: 'application/json' });
    expect(requestHeaders('POST', false)).toEqual({
      accept: 'application/json',
      'x-requested-with': 'meedi8',
    });
    expect(requestHeaders('PATCH', true)['content-type']).toBe('application/json');
  });

  it('includes the session cookie and parses the answer', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await expect(api.post('/api/x', { a: 1 })).resolves.toEqual({ ok: 1 });
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/x');
    expect(init.credentials).toBe('include');
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>)['x-requested-with']).toBe('meedi8');
  });

  it('turns an error answer and a network failure into messages a person can act on', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ error: { code: 'invalid_input', message: 'Bad number.' } }),
            {
              status: 422,
            },
          ),
      ),
    );
    await expect(api.get('/api/x')).rejects.toMatchObject({ message: 'Bad number.', status: 422 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(api.get('/api/x')).rejects.toMatchObject({ message: networkMessage(), status: 0 });
  });
});
