/**
 * The number's limits hold across several workers, and a worker killed mid-run loses nothing.
 */
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { chatQueueOf } from '../../src/chat/relay.js';
import { startJobWorker } from '../../src/jobs/worker.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

const PER_SECOND = 5;

/**
 * Phones that have written in (so their 24-hour windows are open) and were already welcomed:
 * these tests are about pacing and crashes, not first contact.
 */
async function openWindows(t: TestApp, phones: string[]): Promise<void> {
  for (const phone of phones) t.emulator.state.addPhone(phone, { name: 'Tester' });
  await t.services.db
    .insertInto('whatsapp_contacts')
    .values(
      phones.map((p) => ({
        wa_id: p.slice(1),
        phone_number: p,
        last_inbound_at: new Date(),
        welcomed_at: new Date(),
      })),
    )
    .execute();
  for (const phone of phones) t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
}

describe('limits with two workers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      {
        WHATSAPP_THROUGHPUT_PER_SECOND: String(PER_SECOND),
        WHATSAPP_PAIR_RATE_INTERVAL_MS: '300',
        WORKER_CONCURRENCY: '4',
        // The emulator here shares one event loop with both workers: a stall delays when it
        // counts a send, as no network delays Meta's count, so the margin covers a stall.
        WHATSAPP_THROUGHPUT_MARGIN_MS: '250',
      },
      // The emulator holds the number to exactly the same rate over a sliding second, as Meta does.
      {
        emulator: { throughputPerSecond: PER_SECOND, pairRateIntervalMs: 1, pairRateBurst: 1000 },
      },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('never sends more than the throughput limit in any second, nor too fast to one person', async () => {
    const second = await startJobWorker(t.databaseUrl, t.services);
    try {
      const phones = Array.from({ length: 12 }, (_, i) => `+44770090${String(5000 + i)}`);
      await openWindows(t, phones);
      await t.services.db.transaction().execute(async (trx) => {
        for (const phone of phones) {
          for (let i = 0; i < 3; i++) {
            await queueWhatsAppMessage(trx, {
              waId: phone.slice(1),
              message: { kind: 'text', body: `m${i}` },
              reason: 'pace',
            });
          }
        }
      });
      const total = phones.length * 3;
      await eventually(async () => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from whatsapp_messages where reason = 'pace' and accepted_at is not null`.execute(
          t.services.db,
        );
        return rows[0]!.n === total ? true : undefined;
      }, 30_000);

      const perSecond = await sql<{ n: number }>`
        select count(*)::int as n from whatsapp_messages where reason = 'pace'
        group by date_trunc('second', accepted_at)`.execute(t.services.db);
      // Spread over at least as many seconds as the limit needs. (When each acceptance was
      // recorded is no measure of when Meta received it: a loaded machine records late.)
      expect(perSecond.rows.length).toBeGreaterThanOrEqual(Math.ceil(total / PER_SECOND));
      // Not once over Meta's limit in any sliding second, as the emulator counts arrivals (a count
      // per calendar second lets twice the limit through across a boundary: 130429).
      const refused = await sql<{ n: number }>`
        select count(*)::int as n from whatsapp_messages where reason = 'pace' and error_code = 130429`.execute(
        t.services.db,
      );
      expect(refused.rows[0]!.n).toBe(0);

      // Per recipient: the three messages went in order.
      for (const phone of phones) {
        const bodies = t.emulator.state
          .phone(phone)!
          .received.map((m) => (m.payload as { text?: { body: string } }).text?.body)
          // Each phone's first message also got the mediator's greeting; only the paced ones count.
          .filter((b) => b && /^m\d$/.test(b));
        expect(bodies).toEqual(['m0', 'm1', 'm2']);
      }
    } finally {
      await second.stop();
    }
  }, 60_000);
});

describe('a worker killed mid-run', () => {
  let t: TestApp;
  beforeAll(async () => {
    // No in-process worker: a separate worker process does the sending, and is killed.
    t = await startTestApp(
      { WHATSAPP_THROUGHPUT_PER_SECOND: '4', WHATSAPP_PAIR_RATE_INTERVAL_MS: '0' },
      { runWorker: false, emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  const startWorkerProcess = () =>
    spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      env: { ...process.env, ...t.env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });

  it('loses nothing: every queued message is delivered once (or reported) when a new worker runs', async () => {
    const phones = Array.from({ length: 6 }, (_, i) => `+44770090${String(6000 + i)}`);
    await openWindows(t, phones);
    await t.services.db.transaction().execute(async (trx) => {
      for (const phone of phones) {
        for (let i = 0; i < 4; i++) {
          await queueWhatsAppMessage(trx, {
            waId: phone.slice(1),
            message: { kind: 'text', body: `k${i}` },
            reason: 'crash',
          });
        }
      }
    });
    const accepted = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from whatsapp_messages where reason = 'crash' and accepted_at is not null`.execute(
          t.services.db,
        )
      ).rows[0]!.n;
    // Accepted, or cut off mid-send by the kill and reported `unconfirmed` (never resent).
    const settled = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from whatsapp_messages where reason = 'crash'
            and (accepted_at is not null or status = 'unconfirmed')`.execute(t.services.db)
      ).rows[0]!.n;

    const first = startWorkerProcess();
    await eventually(async () => ((await accepted()) >= 3 ? true : undefined), 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const atKill = await accepted();
    expect(atKill).toBeLessThan(24);

    // Nothing is lost however long it takes; how soon a dead worker's jobs are freed is timed in
    // the next test. A worker process starting through tsx on a loaded machine can take most of a
    // minute, so the wait is long and, if it runs out, says where each message stood.
    const second = startWorkerProcess();
    try {
      await eventually(async () => ((await settled()) === 24 ? true : undefined), 150_000).catch(
        async (err: Error) => {
          const states = await sql<{ status: string; accepted: boolean; n: number }>`
            select status, accepted_at is not null as accepted, count(*)::int as n
            from whatsapp_messages where reason = 'crash' group by 1, 2`.execute(t.services.db);
          const jobs = await sql<{ task: string; locked: boolean; attempts: number; n: number }>`
            select task_identifier as task, locked_at is not null as locked, attempts,
              count(*)::int as n from graphile_worker.jobs group by 1, 2, 3`.execute(t.services.db);
          throw new Error(
            `${err.message}; messages ${JSON.stringify(states.rows)}; jobs ${JSON.stringify(jobs.rows)}`,
          );
        },
      );
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }
    for (const phone of phones) {
      const bodies = t.emulator.state
        .phone(phone)!
        .received.map((m) => (m.payload as { text?: { body: string } }).text?.body)
        // The phone's "hi" also got the mediator's greeting; only the queued ones count here.
        .filter((b) => b && /^k\d$/.test(b));
      // Never twice, in order; one cut off mid-send may be missing, and then it is unconfirmed.
      expect(new Set(bodies).size).toBe(bodies.length);
      expect(bodies).toEqual([...bodies].sort());
      const unconfirmed = await t.services.db
        .selectFrom('whatsapp_messages')
        .select('body')
        .where('wa_id', '=', phone.slice(1))
        .where('reason', '=', 'crash')
        .where('status', '=', 'unconfirmed')
        .execute();
      expect(bodies.length + unconfirmed.length).toBeGreaterThanOrEqual(4);
    }
  }, 240_000);
});

describe('a worker that died holding a person’s chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('delays their next message by well under a minute, not the queue lock’s four hours', async () => {
    const phone = '+447700906100';
    t.emulator.state.addPhone(phone, { name: 'Dara' });
    const texts = () => t.emulator.state.phone(phone)!.received.filter((m) => m.type === 'text');
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
    await eventually(async () => (texts().length >= 1 ? true : undefined), 30_000);
    const before = texts().length;

    // What a SIGKILLed worker leaves behind: the person's chat queue locked by a worker whose
    // process (and so its liveness lock) is gone.
    const queue = await chatQueueOf(t.services.db, '447700906100');
    await sql`
      insert into graphile_worker._private_job_queues (queue_name, locked_at, locked_by)
      values (${queue}, now() - interval '1 minute', 'worker-killed')
      on conflict (queue_name) do update
        set locked_at = excluded.locked_at, locked_by = excluded.locked_by`.execute(t.services.db);

    const wrote = Date.now();
    t.emulator.state.sendFromPhone(phone, {
      type: 'text',
      text: 'my flatmate keeps eating my food and i am fed up',
    });
    await eventually(async () => (texts().length > before ? true : undefined), 60_000);
    expect(Date.now() - wrote).toBeLessThan(60_000);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from graphile_worker._private_job_queues
      where locked_by = 'worker-killed'`.execute(t.services.db);
    expect(rows[0]!.n).toBe(0);
  }, 90_000);
});

describe('a worker process killed in the middle of people’s chats', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { WHATSAPP_PAIR_RATE_INTERVAL_MS: '0' },
      { runWorker: false, emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every person within a minute of the kill, none twice', async () => {
    const phones = Array.from({ length: 10 }, (_, i) => `+44770090${String(6200 + i)}`);
    const texts = (phone: string) =>
      t.emulator.state.phone(phone)!.received.filter((m) => m.type === 'text');
    for (const phone of phones) {
      t.emulator.state.addPhone(phone, { name: 'Tester' });
      t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
    }
    const worker = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      env: { ...process.env, ...t.env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    // Killed once some are answered and the rest are in its hands or waiting.
    await eventually(
      async () => (phones.some((p) => texts(p).length > 0) ? true : undefined),
      60_000,
    ).finally(() => worker.kill('SIGKILL'));
    await new Promise((resolve) => worker.once('exit', resolve));
    const killedAt = Date.now();
    const survivor = await startJobWorker(t.databaseUrl, t.services);
    try {
      const unconfirmed = async (phone: string) =>
        (
          await t.services.db
            .selectFrom('whatsapp_messages')
            .select('id')
            .where('wa_id', '=', phone.slice(1))
            .where('status', '=', 'unconfirmed')
            .execute()
        ).length;
      await eventually(async () => {
        for (const phone of phones) {
          if (texts(phone).length === 0 && (await unconfirmed(phone)) === 0) return undefined;
        }
        return true;
      }, 60_000);
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      for (const phone of phones) expect(texts(phone).length).toBeLessThanOrEqual(1);
    } finally {
      await survivor.stop();
    }
  }, 150_000);
});
