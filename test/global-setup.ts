/**
 * Test database server: the PostgreSQL at DATABASE_URL when set, otherwise an embedded one in a
 * temporary folder. A template database is migrated once; every test file then gets its own
 * copy (see test/helpers/test-database.ts), so files run in parallel without sharing state.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildWeb, webBuildIsStale } from '../scripts/build-web.js';
import { migrateJobQueue } from '../src/jobs/worker.js';
import { createLogger } from '../src/observability/logger.js';
import { openDatabase } from '../src/storage/database.js';
import { startEmbeddedPostgres } from '../src/storage/embedded-postgres.js';
import { migrateToLatest } from '../src/storage/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  // Pages that links in messages open (the join screen, the resolution) are the built client.
  if (webBuildIsStale()) await buildWeb();
  let adminUrl: string;
  let stopServer = async () => {};
  const external = process.env.DATABASE_URL;
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'meedi8-test-'));
    // PostgreSQL runs as its own system user when tests run as root; it must reach the folder.
    await chmod(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = embedded.adminUrl;
    stopServer = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const template = `meedi8_template_${process.pid}`;
  await adminQuery(adminUrl, `drop database if exists ${template}`);
  await adminQuery(adminUrl, `create database ${template}`);
  const templateUrl = withDatabase(adminUrl, template);
  const database = openDatabase({
    url: templateUrl,
    poolMax: 2,
    statementTimeoutMs: 30_000,
    logger,
  });
  await migrateToLatest(database.db);
  await database.close();
  await migrateJobQueue(templateUrl, logger);

  project.provide('databaseAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await adminQuery(adminUrl, `drop database if exists ${template} with (force)`);
    await stopServer();
  };
}

/** Runs one statement on the server's admin connection. */
export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
