/**
 * Runs job handlers with graphile-worker: inside `npm start` by default (ROLE=all) or in
 * dedicated `npm run worker` processes (ROLE=worker); any number of them share one database.
 */
import { EventEmitter } from 'node:events';
import { Value } from '@sinclair/typebox/value';
import {
  parseCronItems,
  type Runner,
  run,
  runMigrations,
  type TaskList,
  type WorkerEvents,
  Logger as WorkerLogger,
} from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { SWEEP_TASK } from '../channels/whatsapp/outbound/sweep-job.js';
import { TEMPLATE_SYNC_TASK } from '../channels/whatsapp/templates/sync-templates-job.js';
import { IDLE_REMINDER_TASK } from '../chat/idle-reminder.js';
import type { Services } from '../services.js';
import { openDatabase } from '../storage/database.js';
import { allJobs, graphJobs } from './all-jobs.js';
import type { JobDefinition } from './job-definition.js';
import { startWorkerLiveness } from './worker-liveness.js';

export interface JobWorker {
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
}

/** Installs or upgrades the job queue's own schema (graphile-worker migrations). */
export async function migrateJobQueue(databaseUrl: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: workerLogger(logger) });
}

/** Starts a worker pool with its own connections so jobs never starve HTTP requests. */
export async function startJobWorker(databaseUrl: string, services: Services): Promise<JobWorker> {
  const { config, logger, metrics } = services;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: config.workerConcurrency + 2,
    statement_timeout: config.statementTimeoutMs,
    application_name: 'meedi8-worker',
  });
  pool.on('error', (err) =>
    logger.warn({ err: { message: err.message } }, 'worker connection lost'),
  );

  // Jobs hold connections across calls to Meta and the mediator; on a pool of their own they can
  // never starve the HTTP requests (the webhook must answer Meta quickly).
  const jobsDatabase = openDatabase({
    url: databaseUrl,
    poolMax: config.workerConcurrency + 2,
    statementTimeoutMs: config.statementTimeoutMs,
    logger,
    applicationName: 'meedi8-jobs',
  });
  // Sends wait on Meta, not on this process's CPU: more of them are in flight than other jobs
  // (the number's throughput needs about cap × round trip of them), on a runner and pools of
  // their own, so a backlog of sends never holds back chat steps, nor they the sends.
  const sendConcurrency = config.whatsapp.sendConcurrency;
  const sendPool = new pg.Pool({
    connectionString: databaseUrl,
    max: Math.min(sendConcurrency, 3) + 1,
    statement_timeout: config.statementTimeoutMs,
    application_name: 'meedi8-send-worker',
  });
  sendPool.on('error', (err) =>
    logger.warn({ err: { message: err.message } }, 'send worker connection lost'),
  );
  const sendDatabase = openDatabase({
    url: databaseUrl,
    poolMax: sendConcurrency + 2,
    statementTimeoutMs: config.statementTimeoutMs,
    logger,
    applicationName: 'meedi8-sends',
  });

  const tasksFor = (jobs: JobDefinition[], jobServices: Services): TaskList => {
    const taskList: TaskList = {};
    for (const job of jobs) {
      taskList[job.name] = async (payload) => {
        if (!Value.Check(job.payload, payload)) {
          // A payload that can never be valid must not retry for ever; log it and drop the attempt.
          logger.error({ task: job.name }, 'job payload does not match its schema; skipped');
          metrics.jobsRun.inc({ task: job.name, outcome: 'invalid' });
          return;
        }
        await job.handle(payload, jobServices);
      };
    }
    return taskList;
  };

  // Workers announce themselves on this emitter as they are made, before they take any job.
  const events: WorkerEvents = new EventEmitter();
  const liveness = await startWorkerLiveness(databaseUrl, events, logger);
  const runner: Runner = await run({
    events,
    pgPool: pool,
    concurrency: config.workerConcurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    // Recurring work is declared here, not in a crontab file.
    parsedCronItems: parseCronItems([
      { task: SWEEP_TASK, match: '* * * * *', options: { backfillPeriod: 0 } },
      { task: IDLE_REMINDER_TASK, match: '*/10 * * * *', options: { backfillPeriod: 0 } },
      { task: TEMPLATE_SYNC_TASK, match: '17 * * * *', options: { backfillPeriod: 0 } },
    ]),
    taskList: tasksFor(
      allJobs.filter((job) => !graphJobs.includes(job)),
      { ...services, db: jobsDatabase.db },
    ),
    logger: workerLogger(logger),
  });
  const sendRunner: Runner = await run({
    events,
    pgPool: sendPool,
    concurrency: sendConcurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: tasksFor(graphJobs, { ...services, db: sendDatabase.db }),
    logger: workerLogger(logger),
  });
  await runner.addJob(SWEEP_TASK, { startup: true });
  // The built-in emulator is served by this same process once it listens: the start-up sync
  // asks it a few seconds on, rather than failing once and waiting out a retry.
  const builtInEmulator = config.whatsapp.sandbox;
  await runner.addJob(
    TEMPLATE_SYNC_TASK,
    {},
    {
      jobKey: TEMPLATE_SYNC_TASK,
      ...(builtInEmulator ? { runAt: new Date(Date.now() + 5_000) } : {}),
    },
  );
  // Both runners report on the one emitter.
  events.on('job:success', ({ job }) => {
    metrics.jobsRun.inc({ task: job.task_identifier, outcome: 'success' });
  });
  events.on('job:error', ({ job, error }) => {
    metrics.jobsRun.inc({ task: job.task_identifier, outcome: 'error' });
    logger.warn(
      { jobId: job.id, task: job.task_identifier, attempt: job.attempts, err: errorSummary(error) },
      'job attempt failed; it will be retried with backoff',
    );
  });
  events.on('job:failed', ({ job, error }) => {
    logger.error(
      {
        jobId: job.id,
        task: job.task_identifier,
        attempts: job.attempts,
        err: errorSummary(error),
      },
      'job failed permanently; it stays in graphile_worker.jobs for an operator',
    );
  });

  return {
    async stop() {
      await Promise.all([runner.stop(), sendRunner.stop()]);
      await liveness.stop();
      await Promise.all([pool.end(), sendPool.end()]);
      await Promise.all([jobsDatabase.close(), sendDatabase.close()]);
    },
  };
}

/** Counts dead letters: jobs that used every attempt. */
export async function countPermanentlyFailedJobs(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ count: number }>(
    'select count(*)::int as count from graphile_worker.jobs where attempts >= max_attempts and locked_at is null',
  );
  return result.rows[0]?.count ?? 0;
}

function errorSummary(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

function workerLogger(logger: Logger): WorkerLogger {
  const child = logger.child({ component: 'jobs' });
  return new WorkerLogger(() => (level, message) => {
    if (level === 'error') child.error(message);
    else if (level === 'warning') child.warn(message);
    else if (level === 'info') child.info(message);
    else child.debug(message);
  });
}
