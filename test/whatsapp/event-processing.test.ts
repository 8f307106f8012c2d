/**
 * Stored webhook events are processed in parallel across people and in order for one person, and
 * a worker that starts finds events waiting at once, even when their wake-up job was lost.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPartition } from '../../src/channels/whatsapp/webhook/event-partition.js';
import { startJobWorker } from '../../src/jobs/worker.js';
import { chatPhone } from '../helpers/chat-phone.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

describe('processing stored webhook events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { WORKER_CONCURRENCY: '4', WHATSAPP_PAIR_RATE_INTERVAL_MS: '0' },
      { runWorker: false, emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps each person in order, spreads people over partitions, and starts at once', async () => {
    const words = ['first', 'second', 'third', 'fourth'];
    const phones = Array.from({ length: 8 }, (_, i) =>
      chatPhone(t.emulator.state, `+4477009074${String(10 + i)}`, `P${i}`),
    );
    // Interleaved, as a burst arrives: everyone's first line, then everyone's second…
    for (const word of words) for (const phone of phones) phone.say(`${word} line`);
    const total = words.length * phones.length;
    await eventually(async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from whatsapp_webhook_events where kind = 'message'`.execute(
        t.services.db,
      );
      return rows[0]!.n === total ? true : undefined;
    }, 30_000);

    // A restart after a crash that lost the wake-up jobs: only the stored rows are left.
    await sql`delete from graphile_worker._private_jobs`.execute(t.services.db);
    const partitions = await t.services.db
      .selectFrom('whatsapp_webhook_events')
      .select(eventPartition().as('partition'))
      .distinct()
      .execute();
    expect(partitions.length).toBeGreaterThan(1);

    const started = Date.now();
    const worker = await startJobWorker(t.databaseUrl, t.services);
    try {
      await eventually(async () => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from whatsapp_webhook_events
          where kind = 'message' and processed_at is not null`.execute(t.services.db);
        return rows[0]!.n === total ? true : undefined;
      }, 30_000);
      // At once: not at the next once-a-minute sweep.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await worker.stop();
    }
    for (const phone of phones) {
      const rows = await t.services.db
        .selectFrom('whatsapp_inbound_messages')
        .select('text')
        .where('wa_id', '=', phone.number.slice(1))
        .orderBy('received_at')
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.text)).toEqual(words.map((w) => `${w} line`));
    }
  }, 90_000);
});
