/** Durable jobs: enqueued with the state change or not at all; failures retried, then kept. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediatorOpeningJob } from '../src/domain/mediation/mediator-jobs.js';
import { enqueueJob } from '../src/jobs/enqueue.js';
import {
  type FakeMessagesApi,
  startFakeMessagesApi,
} from '../src/mediator/claude/fake-messages-api.js';
import { activeRoom, respond } from './helpers/factories.js';
import { eventually, startTestApp, type TestApp } from './helpers/test-app.js';

const countJobs = async (t: TestApp, task: string) => {
  const result = await sql<{ count: number }>`
    select count(*)::int as count from graphile_worker.jobs where task_identifier = ${task}`.execute(
    t.services.db,
  );
  return result.rows[0]!.count;
};

describe('enqueueing in the same transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { runWorker: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a rolled-back change leaves no job; a committed one leaves exactly one', async () => {
    const roomId = '6f1c2a9e-0000-4000-8000-000000000001';
    await t.services.db
      .transaction()
      .execute(async (trx) => {
        await enqueueJob(trx, mediatorOpeningJob, { room_id: roomId });
        throw new Error('the state change failed');
      })
      .catch(() => undefined);
    expect(await countJobs(t, 'mediator.opening')).toBe(0);

    await t.services.db.transaction().execute(async (trx) => {
      await enqueueJob(
        trx,
        mediatorOpeningJob,
        { room_id: roomId },
        { jobKey: `opening:${roomId}` },
      );
      await enqueueJob(
        trx,
        mediatorOpeningJob,
        { room_id: roomId },
        { jobKey: `opening:${roomId}` },
      );
    });
    expect(await countJobs(t, 'mediator.opening')).toBe(1);
  });

  it('joining a room queues the mediator’s opening with it', async () => {
    const before = await countJobs(t, 'mediator.opening');
    await activeRoom(t.app);
    expect(await countJobs(t, 'mediator.opening')).toBe(before + 1);
  });
});

describe('failing jobs', () => {
  let t: TestApp;
  let fake: FakeMessagesApi;
  beforeAll(async () => {
    fake = await startFakeMessagesApi(); // answers every call with a 500
    t = await startTestApp({
      MEDIATOR_PROVIDER: 'claude',
      ANTHROPIC_API_KEY: 'test-key-not-real',
      ANTHROPIC_BASE_URL: fake.baseURL,
      MEDIATOR_TIMEOUT_MS: '300',
    });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('are retried with backoff, and after the last attempt stay visible as dead letters', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, 'Something to answer.');
    // Make the queued reply due now and give it a single attempt, so it fails for good quickly.
    await sql`update graphile_worker._private_jobs set run_at = now(), max_attempts = 1
              where task_id = (select id from graphile_worker._private_tasks where identifier = 'mediator.reply')`.execute(
      t.services.db,
    );

    const failed = await eventually(async () => {
      const result = await sql<{
        attempts: number;
        max_attempts: number;
        last_error: string | null;
      }>`
        select attempts, max_attempts, last_error from graphile_worker.jobs
        where task_identifier = 'mediator.reply' and attempts >= max_attempts and locked_at is null`.execute(
        t.services.db,
      );
      return result.rows[0];
    }, 15_000);
    expect(failed.last_error).toMatch(/Claude|mediator|500/i);
    expect(failed.last_error).not.toContain('Something to answer.');

    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/meedi8_jobs_failed_permanently [1-9]/);
    expect(metrics.body).toMatch(
      /meedi8_jobs_total\{task="mediator.reply",outcome="error"\} [1-9]/,
    );

    // The opening keeps retrying on its own schedule (attempts < max): not lost, not a dead letter.
    const opening = await sql<{ attempts: number; max_attempts: number; run_at: Date }>`
      select attempts, max_attempts, run_at from graphile_worker.jobs where task_identifier = 'mediator.opening'`.execute(
      t.services.db,
    );
    expect(opening.rows).toHaveLength(1);
    expect(opening.rows[0]!.attempts).toBeLessThan(opening.rows[0]!.max_attempts);
  });
});
