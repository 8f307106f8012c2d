/**
 * graphile-worker keeps the job a worker was running, and that job's queue, locked for four hours
 * when the worker's process dies; a person's chat queue would wait that long. So every worker is
 * known to be alive by a session advisory lock that its process holds on a connection of its own:
 * PostgreSQL drops it the moment the process dies. Every few seconds each process looks for locks
 * held by workers whose advisory lock nobody holds, and frees them (graphile-worker's own
 * `force_unlock_workers`), so a killed worker delays its jobs by well under a minute.
 */
import type { WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { LOCKS } from '../storage/advisory-lock.js';

/** How often each process looks for dead workers' locks. */
const SWEEP_EVERY_MS = 10_000;
/** A lock younger than this is left alone: its worker may still be taking its advisory lock. */
const GRACE = '20 seconds';

export interface WorkerLiveness {
  stop(): Promise<void>;
}

/** Holds the advisory lock of every worker `events` reports, and frees dead workers' locks. */
export async function startWorkerLiveness(
  databaseUrl: string,
  events: WorkerEvents,
  logger: Logger,
): Promise<WorkerLiveness> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: 'meedi8-worker-liveness',
  });
  client.on('error', (err) =>
    logger.error({ err: { message: err.message } }, 'worker liveness connection lost'),
  );
  await client.connect();
  const ours = new Set<string>();
  // One connection, one query at a time: each step waits for the one before.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(step: () => Promise<T>) => {
    const next = queue.then(step);
    queue = next.catch(() => undefined);
    return next;
  };
  events.on('worker:create', ({ worker }) => {
    ours.add(worker.workerId);
    serially(() =>
      client.query('select pg_advisory_lock($1, hashtext($2))', [
        LOCKS.jobWorkerAlive,
        worker.workerId,
      ]),
    ).catch((err: Error) => logger.error({ err: { message: err.message } }, 'worker liveness'));
  });
  const sweep = () =>
    serially(() => freeDeadWorkers(client, ours)).then(
      (freed) => {
        if (freed > 0) logger.warn({ workers: freed }, 'freed the jobs of workers that died');
      },
      (err: Error) => logger.warn({ err: { message: err.message } }, 'worker liveness sweep'),
    );
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  void sweep();
  return {
    async stop() {
      clearInterval(timer);
      await queue;
      await client.end().catch(() => undefined);
    },
  };
}

/** Frees the jobs and queues of workers no live process holds; returns how many workers. */
export async function freeDeadWorkers(client: pg.Client, ours: Set<string>): Promise<number> {
  const { rows } = await client.query<{ worker: string }>(
    `select locked_by as worker from graphile_worker._private_jobs
       where locked_by is not null and locked_at < now() - interval '${GRACE}'
     union
     select locked_by from graphile_worker._private_job_queues
       where locked_by is not null and locked_at < now() - interval '${GRACE}'`,
  );
  const dead: string[] = [];
  for (const { worker } of rows) {
    // A session's own advisory locks are re-entrant, so this process's workers are never asked.
    if (ours.has(worker)) continue;
    const { rows: taken } = await client.query<{ free: boolean }>(
      'select pg_try_advisory_lock($1, hashtext($2)) as free',
      [LOCKS.jobWorkerAlive, worker],
    );
    if (!taken[0]?.free) continue;
    await client.query('select pg_advisory_unlock($1, hashtext($2))', [
      LOCKS.jobWorkerAlive,
      worker,
    ]);
    dead.push(worker);
  }
  if (dead.length > 0) {
    await client.query('select graphile_worker.force_unlock_workers($1::text[])', [dead]);
  }
  return dead.length;
}
