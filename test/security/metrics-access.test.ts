/**
 * /metrics describes the whole service: by default only this machine may read it, with
 * METRICS_TOKEN a scraper anywhere may, with the token; and a scrape does not query the
 * database every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observability/metrics.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const REMOTE = '198.51.100.23';

let local: TestApp;
let withToken: TestApp;
beforeAll(async () => {
  local = await startTestApp({}, { runWorker: false });
  withToken = await startTestApp({ METRICS_TOKEN: 'scrape-secret' }, { runWorker: false });
});
afterAll(async () => {
  await local?.close();
  await withToken?.close();
});

describe('/metrics', () => {
  it('answers this machine only by default', async () => {
    expect((await local.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
    const remote = await local.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: REMOTE,
    });
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error.code).toBe('metrics_forbidden');
    const proxied = await local.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': REMOTE },
    });
    expect(proxied.statusCode).toBe(403);
  });

  it('with METRICS_TOKEN, asks everyone for the token', async () => {
    const none = await withToken.app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    const wrong = await withToken.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await withToken.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: REMOTE,
      headers: { authorization: 'Bearer scrape-secret' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('meedi8_jobs_failed_permanently');
  });

  it('counts failed jobs at most once per cache period, however often it is scraped', async () => {
    let counts = 0;
    const metrics = createMetrics(async () => {
      counts += 1;
      return 2;
    });
    for (let i = 0; i < 5; i++) {
      expect(await metrics.registry.metrics()).toContain('meedi8_jobs_failed_permanently 2');
    }
    expect(counts).toBe(1);
  });
});
