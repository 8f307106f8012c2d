/**
 * Sandbox mode: the control routes read every simulated phone and write as any number, and the
 * outbox lists invite links; they answer only callers on this machine unless
 * SANDBOX_ALLOW_REMOTE=true. A same-machine proxy does not make its callers local.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { type Running, startServices } from '../../src/startup.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const REMOTE = '203.0.113.40';

let t: TestApp;
/** Apps in plain sandbox mode (the built-in emulator), on the test app's database. */
const started: Array<{ app: FastifyInstance; running: Running }> = [];

async function sandboxApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({
    DATABASE_URL: t.databaseUrl,
    LOG_LEVEL: 'silent',
    MEDIATOR_PROVIDER: 'offline',
    DATABASE_POOL_MAX: '2',
    ...env,
  });
  expect(config.mode).toBe('sandbox');
  const running = await startServices(config, createLogger('silent'), { runWorker: false });
  const app = await buildApp(running.services, running.feed);
  await app.ready();
  started.push({ app, running });
  return app;
}

beforeAll(async () => {
  t = await startTestApp({}, { runWorker: false });
});
afterAll(async () => {
  for (const { app, running } of started) {
    await app.close();
    await running.stop();
  }
  await t?.close();
});

describe('the sandbox answers this machine only', () => {
  it('serves the phone page, control routes and outbox to a local caller', async () => {
    const app = await sandboxApp();
    for (const url of ['/sandbox/phone', '/sandbox/control/phones', '/sandbox/outbox.json']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
  });

  it('refuses remote callers, with a message saying how to open it', async () => {
    const app = await sandboxApp();
    for (const url of ['/sandbox/phone', '/sandbox/control/phones', '/sandbox/outbox.json']) {
      const response = await app.inject({ method: 'GET', url, remoteAddress: REMOTE });
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code).toBe('sandbox_local_only');
    }
    const write = await app.inject({
      method: 'POST',
      url: '/sandbox/control/phones/447700900001/messages',
      remoteAddress: REMOTE,
      payload: { text: 'hello' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('does not take a forwarded request from a local proxy for a local caller', async () => {
    const app = await sandboxApp();
    const response = await app.inject({
      method: 'GET',
      url: '/sandbox/outbox.json',
      headers: { 'x-forwarded-for': REMOTE },
    });
    expect(response.statusCode).toBe(403);
  });

  it('believes a trusted proxy about the caller: remote stays remote', async () => {
    const app = await sandboxApp({ TRUST_PROXY: '127.0.0.1' });
    const response = await app.inject({
      method: 'GET',
      url: '/sandbox/outbox.json',
      headers: { 'x-forwarded-for': REMOTE },
    });
    expect(response.statusCode).toBe(403);
  });

  it('opens to the network with SANDBOX_ALLOW_REMOTE=true', async () => {
    const app = await sandboxApp({ SANDBOX_ALLOW_REMOTE: 'true' });
    const response = await app.inject({
      method: 'GET',
      url: '/sandbox/outbox.json',
      remoteAddress: REMOTE,
    });
    expect(response.statusCode).toBe(200);
  });

  it('guards the outbox of a sandbox that talks to a stand-alone emulator too', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/sandbox/outbox.json',
      remoteAddress: REMOTE,
    });
    expect(response.statusCode).toBe(403);
  });
});
