/**
 * Boots the real Meedi8 app for a test file: its own PostgreSQL database (a copy of the migrated
 * template), the real services and job worker, and Fastify's `inject` for requests.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { pushTemplates } from '../../src/channels/whatsapp/cli/push-templates.js';
import { syncAccountTemplates } from '../../src/channels/whatsapp/templates/account-templates.js';
import { templateDefinitions } from '../../src/channels/whatsapp/templates/definitions.js';
import { type Config, loadConfig } from '../../src/config.js';
import {
  type Emulator,
  type EmulatorOptions,
  guideTemplates,
  startEmulator,
} from '../../src/emulator/index.js';
import { createLogger } from '../../src/observability/logger.js';
import type { Services } from '../../src/services.js';
import { startServices } from '../../src/startup.js';
import { adminQuery, withDatabase } from '../global-setup.js';

export interface TestApp {
  app: FastifyInstance;
  /** The WhatsApp Cloud API emulator this app talks to (its webhooks reach the app over HTTP). */
  emulator: Emulator;
  /** The app's own base URL (it listens on 127.0.0.1). */
  url: string;
  /** The environment the app was configured with (to start more processes like it). */
  env: Record<string, string>;
  services: Services;
  config: Config;
  databaseUrl: string;
  close(): Promise<void>;
}

/** Starts an app on a fresh database; `env` overrides configuration as environment variables would. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    runWorker?: boolean;
    logDestination?: DestinationStream;
    emulator?: Partial<EmulatorOptions>;
    /**
     * What the WhatsApp account holds: Meedi8's own templates, pushed as an operator would
     * (the default), or the setup guide's hand-made ones.
     */
    templates?: 'meedi8' | 'guide';
  } = {},
): Promise<TestApp> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `meedi8_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${inject('templateDatabase')}`);
  const databaseUrl = withDatabase(adminUrl, name);
  const whatsapp = {
    accessToken: `emulator-${randomBytes(8).toString('hex')}`,
    appSecret: randomBytes(16).toString('hex'),
    verifyToken: randomBytes(8).toString('hex'),
  };
  const emulator = await startEmulator({
    accessToken: whatsapp.accessToken,
    appSecret: whatsapp.appSecret,
    webhookUrl: null,
    phoneNumberId: '100000000000001',
    businessAccountId: '200000000000001',
    statusTiming: { sentMs: 5, deliveredMs: 10, readMs: null },
    templateReviewMs: 0,
    ...(options.emulator ?? {}),
  });
  const publicUrl = env.PUBLIC_URL ?? 'http://meedi8.test';
  if (options.templates === 'guide') {
    for (const seed of guideTemplates(publicUrl)) emulator.state.addTemplate(seed);
  }
  const environment: Record<string, string> = {
    WHATSAPP_ACCESS_TOKEN: whatsapp.accessToken,
    WHATSAPP_APP_SECRET: whatsapp.appSecret,
    WHATSAPP_VERIFY_TOKEN: whatsapp.verifyToken,
    WHATSAPP_GRAPH_URL: emulator.graphUrl,
    WHATSAPP_PHONE_NUMBER_ID: '100000000000001',
    WHATSAPP_BUSINESS_ACCOUNT_ID: '200000000000001',
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: 'http://meedi8.test',
    LOG_LEVEL: 'silent',
    MEDIATOR_PROVIDER: 'offline',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    WORKER_CONCURRENCY: '2',
    WHATSAPP_SEND_CONCURRENCY: '2',
    DATABASE_POOL_MAX: '5',
    NOTICE_COALESCE_MS: '200',
    ...env,
  };
  const config = loadConfig(environment);
  const logger = createLogger(config.logLevel, { destination: options.logDestination });
  const running = await startServices(config, logger, { runWorker: options.runWorker ?? true });
  const app = await buildApp(running.services, running.feed);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  emulator.state.setWebhookUrl(`${url}/api/whatsapp/webhook`);
  const client = running.services.whatsapp.client;
  // Meedi8's templates, submitted as an operator would; the emulator approves them at once.
  if (options.templates !== 'guide') {
    await pushTemplates(client, templateDefinitions(config.publicUrl));
  }
  // What the template sync job does, now, so the first send already knows the account's shapes.
  await syncAccountTemplates(running.services.db, client, config.publicUrl);
  return {
    app,
    emulator,
    url,
    env: environment,
    services: running.services,
    config,
    databaseUrl,
    async close() {
      // The emulator first, so no webhook arrives while the app is closing.
      await emulator.close();
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
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
