/** Someone writes to the Meedi8 number for the first time, through the emulator end to end. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('first contact', () => {
  it('a first message gets the mediator’s greeting (who it is, what it is not, how to stop) and is marked read', async () => {
    const phone = '+447700900101';
    t.emulator.state.addPhone(phone, { name: 'Amira Khan' });
    const wamid = await t.emulator.state.sendFromPhone(phone, {
      type: 'text',
      text: 'Hi, my sister said to try this',
    });

    const welcome = await eventually(async () =>
      t.emulator.state.phone(phone)!.received.find((m) => m.type === 'text'),
    );
    const body = JSON.stringify(welcome.payload);
    expect(body).toContain('Amira');
    expect(body).toContain('Meedi8');
    expect(body).toContain('not a therapist or a lawyer');
    expect(body).toMatch(/STOP/);
    expect(body).toContain('What would you like to work through?');

    await eventually(async () =>
      t.emulator.state.phone(phone)!.sent.find((m) => m.id === wamid)?.readByBusiness
        ? true
        : undefined,
    );
    const contact = await t.services.db
      .selectFrom('whatsapp_contacts')
      .selectAll()
      .where('wa_id', '=', '447700900101')
      .executeTakeFirstOrThrow();
    expect(contact.profile_name).toBe('Amira Khan');
    expect(contact.last_inbound_at).not.toBeNull();
    const chat = await t.services.db
      .selectFrom('whatsapp_conversations')
      .selectAll()
      .where('wa_id', '=', '447700900101')
      .executeTakeFirstOrThrow();
    expect(chat.state).toBe('intake');

    const stored = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('whatsapp_messages')
        .selectAll()
        .where('wa_id', '=', '447700900101')
        .where('reason', '=', 'conversation')
        .executeTakeFirst();
      return row?.status === 'delivered' || row?.status === 'read' ? row : undefined;
    });
    expect(stored.wamid).toMatch(/^wamid\./);
    expect(stored.kind).toBe('text');
    expect(stored.sent_at).not.toBeNull();
  });

  it('a second message is answered by the private intake, not the greeting again', async () => {
    const phone = '+447700900102';
    t.emulator.state.addPhone(phone, { name: 'Ben' });
    await t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hello' });
    await eventually(async () =>
      t.emulator.state.phone(phone)!.received.find((m) => m.type === 'text'),
    );
    await t.emulator.state.sendFromPhone(phone, {
      type: 'text',
      text: 'My brother and I cannot agree about caring for our mum',
    });
    const texts = await eventually(async () => {
      const list = t.emulator.state.phone(phone)!.received.filter((m) => m.type === 'text');
      return list.length === 2 ? list : undefined;
    });
    const second = (texts[1]!.payload as { text: { body: string } }).text.body;
    expect(second).not.toContain('What would you like to work through?');
    expect(second).toMatch(/\?/);
    // The intake is kept, private to Ben, in his new mediation.
    const stored = await t.services.db
      .selectFrom('messages')
      .innerJoin('whatsapp_conversations', 'whatsapp_conversations.room_id', 'messages.room_id')
      .select(['messages.body', 'messages.visible_to_user_id'])
      .where('whatsapp_conversations.wa_id', '=', '447700900102')
      .where('messages.author_kind', '=', 'participant')
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.visible_to_user_id).not.toBeNull();
  });

  it('someone already in a mediation is pointed back to it instead of the general welcome', async () => {
    const phone = '+447700900103';
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room } = await createRoom(t.app, sarah, { title: 'Pocket money' });
    t.emulator.state.addPhone(phone, { name: 'Jo Bloggs' });
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: sarah.auth,
      payload: { phone_number: phone },
    });
    const invite = await eventually(async () => t.emulator.state.phone(phone)!.received[0], 30_000);
    const token = /"text":"([A-Za-z0-9_-]{43})"/.exec(JSON.stringify(invite.payload))![1];
    await t.app.inject({
      method: 'POST',
      url: `/api/join/${token}`,
      payload: { name: 'Jo', whatsapp_opt_in: true },
    });
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'hello?' });
    const reply = await eventually(
      async () => t.emulator.state.phone(phone)!.received.find((m) => m.type === 'text'),
      30_000,
    );
    const body = (reply.payload as { text: { body: string } }).text.body;
    expect(body).toContain('Pocket money');
    expect(body).toContain(`/rooms/${room.id}`);
    expect(body).not.toContain('To start a mediation');
  });
});
