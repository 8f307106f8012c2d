/**
 * Stored webhook events are processed in parallel across people and in order for one person, and
 * a worker that starts finds events waiting at once, even when their wake-up job was lost.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPartition } from '../../src/channels/whatsapp/webhook/event-partition.js';
import { processWebhookEventsJob } from '../../src/channels/whatsapp/webhook/process-events-job.js';
import { statusCallbackData } from '../../src/channels/whatsapp/webhook/status-callback.js';
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

  /** A text Meedi8 sent to `waId`, stored as the send left it. */
  const storeSend = (waId: string, sent: { status: 'accepted' | 'unconfirmed'; wamid?: string }) =>
    t.services.db
      .insertInto('whatsapp_messages')
      .values({
        wa_id: waId,
        kind: 'text',
        template_name: null,
        body: '{}',
        reason: 'test',
        room_id: null,
        wamid: sent.wamid ?? null,
        status: sent.status,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

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

  it('keeps trying a status that came before its send was stored, however busy the partition', async () => {
    const waId = '447700907499';
    const wamid = 'wamid.overtaken-by-its-status';
    const status = (state: string, n: number) => ({
      dedupe_key: `status:${wamid}:${state}:${n}`,
      kind: 'status',
      wa_id: waId,
      data: JSON.stringify({
        status: { id: wamid, status: state, recipient_id: waId, timestamp: '1790000000' },
      }),
    });
    const [stored] = await t.services.db
      .insertInto('whatsapp_webhook_events')
      .values(status('delivered', 0))
      .returning(eventPartition().as('partition'))
      .execute();
    // A busy partition: many passes (each new event wakes one) before the send stores its id.
    for (let pass = 0; pass < 12; pass += 1) {
      await processWebhookEventsJob.handle({ partition: stored!.partition }, t.services);
    }
    const waiting = await t.services.db
      .selectFrom('whatsapp_webhook_events')
      .select(['failed_at', 'processed_at'])
      .where('dedupe_key', '=', status('delivered', 0).dedupe_key)
      .executeTakeFirstOrThrow();
    expect(waiting).toEqual({ failed_at: null, processed_at: null });

    await storeSend(waId, { wamid, status: 'accepted' });
    await processWebhookEventsJob.handle({ partition: stored!.partition }, t.services);
    const message = await t.services.db
      .selectFrom('whatsapp_messages')
      .select('status')
      .where('wamid', '=', wamid)
      .executeTakeFirstOrThrow();
    expect(message.status).toBe('delivered');
  });

  it('matches a status to a send whose answer was lost, by the id the send carried', async () => {
    const waId = '447700907498';
    const row = await storeSend(waId, { status: 'unconfirmed' });
    const wamid = 'wamid.answer-lost';
    const [stored] = await t.services.db
      .insertInto('whatsapp_webhook_events')
      .values({
        dedupe_key: `status:${wamid}:delivered`,
        kind: 'status',
        wa_id: waId,
        data: JSON.stringify({
          status: {
            id: wamid,
            status: 'delivered',
            recipient_id: waId,
            timestamp: '1790000000',
            biz_opaque_callback_data: statusCallbackData(row.id),
          },
        }),
      })
      .returning(eventPartition().as('partition'))
      .execute();
    await processWebhookEventsJob.handle({ partition: stored!.partition }, t.services);
    const message = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['status', 'wamid'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(message).toEqual({ status: 'delivered', wamid });
  });
});
