/** The durable outbound pipeline through the real client, the emulator and the real webhook. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(
    { WHATSAPP_PAIR_RATE_INTERVAL_MS: '200' },
    { emulator: { pairRateIntervalMs: 200 } },
  );
});
afterAll(async () => {
  await t?.close();
});

let next = 200;
/** A phone that has written in (so its 24-hour window is open) and got its welcome. */
async function openPhone(): Promise<{ phone: string; waId: string }> {
  const phone = `+447700900${next++}`;
  t.emulator.state.addPhone(phone, { name: 'Tester' });
  await t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hi' });
  await eventually(async () =>
    t.emulator.state.phone(phone)!.received.find((m) => m.type === 'text'),
  );
  return { phone, waId: phone.slice(1) };
}

async function queue(waId: string, bodies: string[]): Promise<string[]> {
  const ids: string[] = [];
  await t.services.db.transaction().execute(async (trx) => {
    for (const body of bodies)
      ids.push(
        ...(await queueWhatsAppMessage(trx, {
          waId,
          message: { kind: 'text', body },
          reason: 'test',
        })),
      );
  });
  return ids;
}

const row = (id: string) =>
  t.services.db
    .selectFrom('whatsapp_messages')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const settled = (id: string) =>
  eventually(async () => {
    const r = await row(id);
    return ['delivered', 'read', 'failed'].includes(r.status) ? r : undefined;
  }, 20_000);
const textsReceived = (phone: string) =>
  t.emulator.state
    .phone(phone)!
    .received.filter((m) => m.type === 'text')
    .map((m) => (m.payload as { text: { body: string } }).text.body);

describe('transient failures are retried and delivered', () => {
  it.each([
    ['a 5xx (131000)', { status: 500, code: 131000 }],
    ['throughput (130429)', { status: 400, code: 130429 }],
    ['pair rate (131056)', { status: 400, code: 131056 }],
  ])('%s', async (_name, http) => {
    const { phone, waId } = await openPhone();
    t.emulator.state.injectFault({ match: { to: waId }, times: 1, http });
    const [id] = await queue(waId, [`after a ${http.code}`]);
    const done = await settled(id!);
    expect(done.status).toBe('delivered');
    expect(done.attempts).toBe(2);
    expect(done.error_code).toBe(http.code);
    expect(textsReceived(phone)).toContain(`after a ${http.code}`);
  });

  it('keeps order when the first of several messages has to wait', async () => {
    const { phone, waId } = await openPhone();
    t.emulator.state.injectFault({
      match: { to: waId },
      times: 1,
      http: { status: 400, code: 131056 },
    });
    const ids = await queue(waId, ['one', 'two', 'three']);
    for (const id of ids) expect((await settled(id)).status).toBe('delivered');
    expect(textsReceived(phone).filter((b) => ['one', 'two', 'three'].includes(b))).toEqual([
      'one',
      'two',
      'three',
    ]);
  });
});

describe('permanent failures are recorded and not retried', () => {
  it('an invalid-parameter error (131009) fails the message once and the next one still goes', async () => {
    const { phone, waId } = await openPhone();
    t.emulator.state.injectFault({
      match: { to: waId },
      times: 1,
      http: { status: 400, code: 131009, details: 'Parameter value is not valid' },
    });
    const [bad, good] = await queue(waId, ['doomed', 'fine']);
    const failed = await settled(bad!);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      error_code: 131009,
      failure_class: 'permanent',
    });
    expect((await settled(good!)).status).toBe('delivered');
    expect(textsReceived(phone)).not.toContain('doomed');
  });

  it('a number not on WhatsApp fails with 131026 from the status webhook', async () => {
    const phone = '+447700900399';
    t.emulator.state.addPhone(phone, { onWhatsApp: false });
    const [id] = await queue('447700900399', ['anyone there?']);
    const failed = await settled(id!);
    expect(failed).toMatchObject({
      status: 'failed',
      error_code: 131026,
      failure_class: 'undeliverable',
    });
    const contact = await t.services.db
      .selectFrom('whatsapp_contacts')
      .selectAll()
      .where('wa_id', '=', '447700900399')
      .executeTakeFirst();
    expect(contact?.undeliverable_at ?? null).not.toBeNull();
  });

  it('free-form text outside the 24-hour window fails with 131047', async () => {
    const phone = '+447700900398';
    t.emulator.state.addPhone(phone, { name: 'Quiet' });
    const [id] = await queue('447700900398', ['hello out of the blue']);
    const failed = await settled(id!);
    expect(failed).toMatchObject({
      status: 'failed',
      error_code: 131047,
      failure_class: 'window_closed',
    });
  });
});

describe('long text', () => {
  it('is split into messages of at most 4,096 characters, delivered in order', async () => {
    const { phone, waId } = await openPhone();
    const paragraphs = Array.from({ length: 12 }, (_, i) =>
      `Paragraph ${i + 1}. ${'words '.repeat(100)}`.trim(),
    );
    const ids = await queue(waId, [paragraphs.join('\n\n')]);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect((await settled(id)).status).toBe('delivered');
    const received = textsReceived(phone).filter(
      (b) => b.startsWith('Paragraph') || b.includes('Paragraph'),
    );
    expect(received.join('\n\n').replace(/\s+/g, ' ')).toBe(
      paragraphs.join('\n\n').replace(/\s+/g, ' '),
    );
    for (const body of received) expect(body.length).toBeLessThanOrEqual(4096);
  });
});
