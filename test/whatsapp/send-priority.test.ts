/**
 * When sends wait for workers, the ones a person is waiting for go first: replies to someone who
 * just wrote, then notices, then reminders and check-ins, whatever order they were queued in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { startJobWorker } from '../../src/jobs/worker.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

describe('waiting sends', () => {
  let t: TestApp;
  beforeAll(async () => {
    // One worker slot, started once everything is queued: the order it picks jobs is the order.
    t = await startTestApp(
      {
        WORKER_CONCURRENCY: '1',
        WHATSAPP_SEND_CONCURRENCY: '1',
        WHATSAPP_PAIR_RATE_INTERVAL_MS: '0',
      },
      { runWorker: false, emulator: { pairRateIntervalMs: 1, pairRateBurst: 1000 } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('go out replies first, then notices, then reminders and check-ins', async () => {
    // Queued in the worst order: the longest-waiting kinds first.
    const plan = [
      ['check_in', 'c'],
      ['reminder', 'r'],
      ['notice', 'n'],
      ['invite', 'i'],
      ['conversation', 'a'],
      ['relay', 'b'],
    ] as const;
    const phones = plan.map((_, i) => `+4477009073${String(10 + i)}`);
    t.emulator.state.setWebhookUrl(null); // open each window without starting a chat
    for (const phone of phones) {
      t.emulator.state.addPhone(phone, { name: 'Pat' });
      t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
    }
    await t.services.db
      .insertInto('whatsapp_contacts')
      .values(
        phones.map((p) => ({ wa_id: p.slice(1), phone_number: p, last_inbound_at: new Date() })),
      )
      .execute();
    await t.services.db.transaction().execute(async (trx) => {
      for (const [i, [reason, body]] of plan.entries()) {
        await queueWhatsAppMessage(trx, {
          waId: phones[i]!.slice(1),
          message: { kind: 'text', body },
          reason,
        });
      }
    });

    const worker = await startJobWorker(t.databaseUrl, t.services);
    try {
      await eventually(async () => {
        const sent = await t.services.db
          .selectFrom('whatsapp_messages')
          .select('id')
          .where('accepted_at', 'is not', null)
          .execute();
        return sent.length === plan.length ? true : undefined;
      }, 30_000);
    } finally {
      await worker.stop();
    }
    const order = await t.services.db
      .selectFrom('whatsapp_messages')
      .select('reason')
      .orderBy('accepted_at')
      .execute();
    const rank = (reason: string) =>
      ['conversation', 'relay'].includes(reason)
        ? 0
        : ['notice', 'invite'].includes(reason)
          ? 1
          : 2;
    const ranks = order.map((m) => rank(m.reason));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }, 60_000);
});
