/** Serving the built web client: assets, the page for client routes, and JSON 404s for the API. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandlerPlugin } from '../src/http/plugins/error-handler.js';
import { joinPage } from '../src/http/routes/join-page.js';
import { webClient } from '../src/http/web-client.js';

let root: string;
let app: FastifyInstance;
const html = { accept: 'text/html,application/xhtml+xml' };

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'meedi8-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc123.js.gz'), gzipSync('console.log(1)'));
  app = Fastify();
  await app.register(errorHandlerPlugin, { bodyLimit: 1000 });
  app.get('/api/ping', async () => ({ ok: true }));
  await app.register(joinPage, { root });
  await app.register(webClient, { root });
});
afterAll(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('web client', () => {
  it('serves the page for the home page and any client route', async () => {
    for (const url of ['/', '/rooms', '/rooms/abc/resolution?x=1', '/settings']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<div id="root">');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('answers `curl /` (no Accept: text/html) with directions, not a 404', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Meedi8', health: '/healthz' });
    expect(response.body).not.toContain('There is no route');
  });

  it('serves hashed assets for a year', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.body).toBe('console.log(1)');
    const gzipped = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
  });

  it('keeps JSON 404s for the API, the sandbox, missing assets and non-browser requests', async () => {
    for (const [url, headers] of [
      ['/api/nope', html],
      ['/sandbox/nope', html],
      ['/assets/missing.js', {}],
      ['/rooms', { accept: 'application/json' }],
    ] as const) {
      const response = await app.inject({ url, headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    expect((await app.inject({ url: '/api/ping', headers: html })).json()).toEqual({ ok: true });
  });

  it('serves the join page uncached and without a referrer', async () => {
    const response = await app.inject({ url: '/join/some-token', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.body).toContain('<div id="root">');
  });

  it('says how to build the client when it is not built', async () => {
    const bare = Fastify();
    await bare.register(webClient, { root: path.join(root, 'missing') });
    const response = await bare.inject({ url: '/rooms', headers: html });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:web');
    await bare.close();
  });
});
