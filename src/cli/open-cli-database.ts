/**
 * The database for command-line tools, as the server finds it: DATABASE_URL, or the embedded
 * PostgreSQL in DATA_DIR — reached where a running server keeps it, or started for the command.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { type Db, openDatabase } from '../storage/database.js';
import {
  PORT_FILE,
  startEmbeddedPostgres,
  USUAL_EMBEDDED_PORT,
} from '../storage/embedded-postgres.js';
import { migrateToLatest } from '../storage/migrate.js';

/** Opens the database (migrated); `close` also stops an embedded server it started. */
export async function openCliDatabase(
  config: Config,
  logger: Logger,
): Promise<{ db: Db; url: string; close(): Promise<void> }> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!url) {
    url = await runningEmbeddedUrl(config);
    if (!url) {
      const embedded = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
      });
      url = embedded.url;
      stopEmbedded = embedded.stop;
    }
  }
  const database = openDatabase({
    url,
    poolMax: 2,
    statementTimeoutMs: config.statementTimeoutMs,
    logger,
  });
  await migrateToLatest(database.db);
  return {
    db: database.db,
    url,
    async close() {
      await database.close();
      await stopEmbedded?.();
    },
  };
}

/** The URL of an embedded server a running Meedi8 already started, if it answers. */
async function runningEmbeddedUrl(config: Config): Promise<string | null> {
  const passwordFile = path.join(config.dataDir, '.postgres-password');
  if (!existsSync(passwordFile)) return null;
  const portFile = path.join(config.dataDir, PORT_FILE);
  const port =
    config.embeddedPostgresPort ??
    (existsSync(portFile)
      ? Number((await readFile(portFile, 'utf8')).trim())
      : USUAL_EMBEDDED_PORT);
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const url = `postgres://meedi8:${encodeURIComponent(password)}@127.0.0.1:${port}/meedi8`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
