/**
 * Enqueueing through SQL, so a job commits in the same transaction as the state change that
 * causes it: pass the transaction as `db`, and either both happen or neither does.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { Db } from '../storage/database.js';
import type { JobDefinition } from './job-definition.js';

export interface EnqueueOptions {
  runAt?: Date;
  /** A job with the same key replaces a pending one instead of adding a second. */
  jobKey?: string;
  /** Jobs in one named queue run one at a time, in order (e.g. one person's conversation). */
  queueName?: string;
  /** Lower runs first when workers are busy (default 0; see channels/whatsapp/outbound/send-priority.ts). */
  priority?: number;
}

/** Adds a job by task name inside the caller's transaction (for tasks whose definition would import the caller). */
export async function addJob(
  db: Db,
  task: { name: string; maxAttempts: number },
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<void> {
  await sql`select graphile_worker.add_job(
    identifier => ${task.name},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null},
    max_attempts => ${task.maxAttempts},
    job_key => ${options.jobKey ?? null},
    queue_name => ${options.queueName ?? null},
    priority => ${options.priority ?? null}::int
  )`.execute(db);
}

/** Adds a job inside the caller's transaction (or on its own when `db` is not one). */
export async function enqueueJob<S extends TSchema>(
  db: Db,
  job: JobDefinition<S>,
  payload: Static<S>,
  options: EnqueueOptions = {},
): Promise<void> {
  await addJob(db, job, payload, options);
}

/** Removes a pending job by key (e.g. the fallback job once its work was done inline). */
export async function removeJob(db: Db, jobKey: string): Promise<void> {
  await sql`select graphile_worker.remove_job(${jobKey})`.execute(db);
}
