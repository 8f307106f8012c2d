/**
 * Boots the real Meedi8 app for a test file: its own PostgreSQL database (a copy of the migrated
 * template), the real services and job worker, and Fastify's `inject` for requests.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import type { Services } from '../../src/services.js';
import { startServices } from '../../src/startup.js';
import { adminQuery, withDatabase } from '../global-setup.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  databaseUrl: string;
  close(): Promise<void>;
}

/** Starts an app on a fresh database; `env` overrides configuration as environment variables would. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { runWorker?: boolean; logDestination?: DestinationStream } = {},
): Promise<TestApp> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `meedi8_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${inject('templateDatabase')}`);
  const databaseUrl = withDatabase(adminUrl, name);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: 'http://meedi8.test',
    LOG_LEVEL: 'silent',
    MEDIATOR_PROVIDER: 'offline',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    WORKER_CONCURRENCY: '2',
    DATABASE_POOL_MAX: '5',
    ...env,
  });
  const logger = createLogger(config.logLevel, { destination: options.logDestination });
  const running = await startServices(config, logger, { runWorker: options.runWorker ?? true });
  const app = await buildApp(running.services, running.feed);
  await app.ready();
  return {
    app,
    services: running.services,
    config,
    databaseUrl,
    async close() {
      await app.close();
      // A test may have broken the pool on purpose; the database is dropped either way.
      await running.stop().catch(() => undefined);
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Parses a JSON response body. */
export function json<T = any>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
