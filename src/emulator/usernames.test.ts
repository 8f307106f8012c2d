import { afterEach, describe, expect, it } from 'vitest';
import { PHONE_NUMBER_ID, startWithReceiver } from './test-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setup() {
  const world = await startWithReceiver();
  cleanups.push(world.close);
  return world;
}

const SEND = `/v23.0/${PHONE_NUMBER_ID}/messages`;
const text = (address: Record<string, string>) => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  ...address,
  type: 'text',
  text: { body: 'Hello' },
});

describe('username users (business-scoped user ids)', () => {
  it('sends webhooks with only user ids for a phone whose number is withheld', async () => {
    const { state, receiver } = await setup();
    state.addPhone('+447700900101', { name: 'Uma Khan', username: 'uma.k' });
    const userId = state.phone('+447700900101')!.userId!;
    expect(userId).toMatch(/^GB\.\d{20}$/);
    state.sendFromPhone('+447700900101', { type: 'text', text: 'hi' });
    await state.whenIdle();
    const body = receiver.received[0]!.json;
    const value = body.entry[0].changes[0].value;
    expect(value.contacts).toEqual([
      { profile: { name: 'Uma Khan', username: 'uma.k' }, user_id: userId },
    ]);
    expect(value.messages[0]).not.toHaveProperty('from');
    expect(value.messages[0].from_user_id).toBe(userId);
    expect(receiver.received[0]!.raw.toString()).not.toContain('447700900101');
  });

  it('sends both ids while Meta shows the number, and only the number for phones without a username', async () => {
    const { state, receiver } = await setup();
    state.addPhone('+447700900102', { username: 'kim', showNumber: true });
    state.addPhone('+447700900103');
    state.sendFromPhone('+447700900102', { type: 'text', text: 'hi' });
    state.sendFromPhone('+447700900103', { type: 'text', text: 'hi' });
    await state.whenIdle();
    const [linked, plain] = receiver.messages();
    expect(linked.from).toBe('447700900102');
    expect(linked.from_user_id).toBe(state.phone('+447700900102')!.userId);
    expect(plain.from).toBe('447700900103');
    expect(plain).not.toHaveProperty('from_user_id');
  });

  it('accepts a send by recipient; its statuses name only the user id', async () => {
    const { state, receiver, graph } = await setup();
    state.addPhone('+447700900104', { username: 'lee' });
    state.sendFromPhone('+447700900104', { type: 'text', text: 'hi' });
    const userId = state.phone('+447700900104')!.userId!;
    const response = await graph('POST', SEND, text({ recipient: userId }));
    expect(response.status).toBe(200);
    expect(response.json.contacts).toEqual([{ input: userId, user_id: userId }]);
    await state.whenIdle();
    const statuses = receiver.statuses();
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
    for (const status of statuses) {
      expect(status.recipient_user_id).toBe(userId);
      expect(status).not.toHaveProperty('recipient_id');
    }
    expect(state.phone('+447700900104')!.received).toHaveLength(1);
  });

  it('refuses a send with both to and recipient, or neither, as Meta does', async () => {
    const { state, graph } = await setup();
    state.addPhone('+447700900105', { username: 'max' });
    const userId = state.phone('+447700900105')!.userId!;
    const both = await graph('POST', SEND, text({ to: '447700900105', recipient: userId }));
    expect(both.status).toBe(400);
    expect(both.json.error.code).toBe(131009);
    const neither = await graph('POST', SEND, text({}));
    expect(neither.status).toBe(400);
    expect(neither.json.error.code).toBe(131008);
    const malformed = await graph('POST', SEND, text({ recipient: 'not-an-id' }));
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe(100);
  });

  it('fails a send to an unknown user id by status (131026)', async () => {
    const { state, receiver, graph } = await setup();
    const response = await graph('POST', SEND, text({ recipient: 'GB.12345678901234567890' }));
    expect(response.status).toBe(200);
    await state.whenIdle();
    const [failed] = receiver.statuses();
    expect(failed.status).toBe('failed');
    expect(failed.errors[0].code).toBe(131026);
  });

  it('changes the user id with a user_changed_user_id system message', async () => {
    const { state, receiver } = await setup();
    state.addPhone('+447700900106', { name: 'Uma', username: 'uma' });
    const before = state.phone('+447700900106')!.userId!;
    const after = state.changeUserId('+447700900106');
    expect(after).not.toBe(before);
    expect(state.phone('+447700900106')!.userId).toBe(after);
    await state.whenIdle();
    const [system] = receiver.messages();
    expect(system).toMatchObject({
      from_user_id: before,
      type: 'system',
      system: { user_id: after, type: 'user_changed_user_id' },
    });
    expect(system).not.toHaveProperty('from');
  });
});
