/** STOP and START from a phone, end to end through the emulator. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueWhatsAppMessage } from '../../src/channels/whatsapp/outbound/queue-message.js';
import { registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { verifyPhone } from '../helpers/verify-phone.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ WHATSAPP_PAIR_RATE_INTERVAL_MS: '100' });
});
afterAll(async () => {
  await t?.close();
});

const texts = (phone: string) =>
  t.emulator.state
    .phone(phone)!
    .received.map((m) => (m.payload as { text?: { body: string } }).text?.body ?? '');

async function queueText(waId: string, body: string): Promise<string> {
  const [id] = await t.services.db
    .transaction()
    .execute((trx) =>
      queueWhatsAppMessage(trx, { waId, message: { kind: 'text', body }, reason: 'test' }),
    );
  return id!;
}

describe('STOP and START', () => {
  it('STOP confirms once, then nothing more reaches the number; START turns messages back on', async () => {
    const phone = '+447700900901';
    const person = await registerPerson(t.app, 'Rosa');
    t.emulator.state.addPhone(phone, { name: 'Rosa' });
    await verifyPhone(t, person, phone, { whatsapp_opt_in: true });
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hello' });
    await eventually(async () => (texts(phone).length === 1 ? true : undefined));

    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'STOP' });
    await eventually(async () =>
      texts(phone).some((b) => b.includes('reply START')) ? true : undefined,
    );
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: person.auth });
    expect(me.json().whatsapp_opt_in).toBe(false);

    const blocked = await queueText('447700900901', 'should never arrive');
    const failed = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('whatsapp_messages')
        .selectAll()
        .where('id', '=', blocked)
        .executeTakeFirstOrThrow();
      return row.status === 'failed' ? row : undefined;
    });
    expect(failed.error_title).toMatch(/opted out/);
    expect(texts(phone)).not.toContain('should never arrive');

    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'start' });
    await eventually(async () =>
      texts(phone).some((b) => b.startsWith('Welcome back')) ? true : undefined,
    );
    await queueText('447700900901', 'back again');
    await eventually(async () => (texts(phone).includes('back again') ? true : undefined));
    const after = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: person.auth });
    expect(after.json().whatsapp_opt_in).toBe(true);
  });
});
