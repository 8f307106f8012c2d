/** The PostgreSQL connection pool and the typed query builder over it. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  statementTimeoutMs: number;
  logger: Logger;
  /** Names the connections in pg_stat_activity (default `meedi8`). */
  applicationName?: string;
}

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// Timestamps come back as Date (the default); bigint ids as strings would leak into JSON as
// strings, so int8 is parsed as a number — Meedi8's bigints (event ids, counts) stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/** Opens a pool with bounded size, connect and statement timeouts, and logged idle errors. */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // A runaway query must not hold a connection (or a row lock) for ever.
    statement_timeout: options.statementTimeoutMs,
    idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
    application_name: options.applicationName ?? 'meedi8',
  });
  // An idle client losing its connection (server restart, network) must not crash the process;
  // the pool drops it and the next query opens a new one.
  pool.on('error', (err) =>
    options.logger.warn({ err: { message: err.message } }, 'database connection lost'),
  );
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    close: () => db.destroy(),
  };
}
