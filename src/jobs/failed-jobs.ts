/**
 * The job queue's dead letters and retries, for operators: jobs whose last attempt failed
 * (still retrying, or out of attempts), and rescheduling one now with its attempts reset,
 * through graphile-worker 0.16's SQL API (`graphile_worker.jobs`, `reschedule_jobs`).
 */
import { sql } from 'kysely';
import type { Db } from '../storage/database.js';

export interface FailedJob {
  id: string;
  task: string;
  queue: string | null;
  attempts: number;
  max_attempts: number;
  /** `failed` when every attempt is used; `retrying` while another attempt is scheduled. */
  state: 'failed' | 'retrying';
  last_error: string | null;
  run_at: Date;
  created_at: Date;
  updated_at: Date;
  locked: boolean;
}

/** The most recently failed jobs first; `state` narrows to dead letters or retries. */
export async function listFailedJobs(
  db: Db,
  options: { limit: number; state?: 'failed' | 'retrying' },
): Promise<FailedJob[]> {
  const stateFilter =
    options.state === 'failed'
      ? sql`and attempts >= max_attempts`
      : options.state === 'retrying'
        ? sql`and attempts < max_attempts`
        : sql``;
  const { rows } = await sql<{
    id: string;
    task_identifier: string;
    queue_name: string | null;
    attempts: number;
    max_attempts: number;
    last_error: string | null;
    run_at: Date;
    created_at: Date;
    updated_at: Date;
    locked_at: Date | null;
  }>`
    select id::text, task_identifier, queue_name, attempts, max_attempts, last_error,
           run_at, created_at, updated_at, locked_at
    from graphile_worker.jobs
    where last_error is not null and attempts > 0 ${stateFilter}
    order by updated_at desc, id desc
    limit ${options.limit}
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    task: row.task_identifier,
    queue: row.queue_name,
    attempts: row.attempts,
    max_attempts: row.max_attempts,
    state: row.attempts >= row.max_attempts ? 'failed' : 'retrying',
    last_error: row.last_error === null ? null : redactPhoneNumbers(row.last_error),
    run_at: row.run_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    locked: row.locked_at !== null,
  }));
}

/** What a retry request found. */
export type RetryOutcome =
  | { kind: 'rescheduled'; job: { id: string; task: string; run_at: Date; attempts: number } }
  | { kind: 'not_found' }
  | { kind: 'running' };

/** Makes a job due now with its attempts reset (all of max_attempts again); not while it runs. */
export async function retryJob(db: Db, jobId: string): Promise<RetryOutcome> {
  return db.transaction().execute(async (trx) => {
    // The public `jobs` view joins tables and cannot be locked; its table can.
    const { rows: found } = await sql<{ locked_at: Date | null }>`
      select locked_at from graphile_worker._private_jobs where id = ${jobId}::bigint for update
    `.execute(trx);
    if (found.length === 0) return { kind: 'not_found' };
    const { rows } = await sql<{ id: string; run_at: Date; attempts: number }>`
      select id::text, run_at, attempts
      from graphile_worker.reschedule_jobs(array[${jobId}::bigint], run_at => now(), attempts => 0)
    `.execute(trx);
    const job = rows[0];
    // reschedule_jobs leaves a job that a worker holds (locked less than 4 hours ago) alone.
    if (!job) return { kind: 'running' };
    const { rows: named } = await sql<{ task_identifier: string }>`
      select task_identifier from graphile_worker.jobs where id = ${jobId}::bigint
    `.execute(trx);
    await sql`select pg_notify('jobs:insert', '{"count":1}')`.execute(trx);
    return {
      kind: 'rescheduled',
      job: { ...job, task: named[0]?.task_identifier ?? 'unknown' },
    };
  });
}

// A run of 7–15 digits, optionally with +, spaces, dots, dashes or brackets between them.
const PHONE_LIKE = /(?<![\w.-])\+?\d(?:[\s().-]{0,2}\d){6,14}(?![\w-])/g;

/** Hides anything that looks like a phone number (errors may quote a recipient). */
export function redactPhoneNumbers(text: string): string {
  return text.replace(PHONE_LIKE, '[phone number]');
}
