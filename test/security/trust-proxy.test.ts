/**
 * TRUST_PROXY says which proxies may tell Meedi8 the client's address. A client can put anything
 * in X-Forwarded-For; only what the trusted proxies added counts, so rotating made-up addresses
 * does not escape the per-address rate limit, and a whole deployment behind one proxy does not
 * share one bucket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('TRUST_PROXY settings', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['true', 1],
    ['2', 2],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    ['::1,fd00::/8', ['::1', 'fd00::/8']],
  ])('TRUST_PROXY=%s means %j', (raw, expected) => {
    const env: Record<string, string> = raw === undefined ? {} : { TRUST_PROXY: raw };
    expect(loadConfig(env).trustProxy).toEqual(expected);
  });

  it.each(['maybe', '10.0.0.0/33', '10.0.0.1,nope'])('refuses TRUST_PROXY=%s clearly', (raw) => {
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/TRUST_PROXY must be false, a number/);
  });
});

describe('behind one proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { TRUST_PROXY: 'true', AUTH_RATE_LIMIT_PER_MINUTE: '3' },
      { runWorker: false },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = (forwardedFor: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: 'nobody@example.com', password: 'wrong password' },
    });

  it('a client cannot escape the rate limit by writing its own X-Forwarded-For', async () => {
    // The proxy appends the real address (198.51.100.7) after whatever the client sent.
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++)
      statuses.push((await login(`6.6.6.${i}, 198.51.100.7`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('different people behind the proxy keep their own buckets', async () => {
    expect((await login('203.0.113.1')).statusCode).toBe(401);
    expect((await login('203.0.113.2')).statusCode).toBe(401);
  });
});
