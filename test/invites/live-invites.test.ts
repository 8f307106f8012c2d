/**
 * One seat, several live invites: a copied link, a WhatsApp invite and an email invite all work
 * until one of them is used; joining by any closes the rest, and a closed invite names the
 * person who cancelled it only when someone did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, inviteByWhatsApp, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const preview = async (token: string) => (await t.app.inject({ url: `/api/join/${token}` })).json();

async function whatsAppToken(phone: string): Promise<string> {
  const received = await eventually(async () => t.emulator.state.phone(phone)!.received[0]);
  return /"text":"([A-Za-z0-9_-]{43})"/.exec(JSON.stringify(received.payload))![1]!;
}

async function emailToken(roomId: string): Promise<string> {
  const email = await eventually(async () =>
    t.services.db
      .selectFrom('emails')
      .select('text_body')
      .where('room_id', '=', roomId)
      .where('reason', '=', 'invite')
      .executeTakeFirst(),
  );
  return /\/join\/([A-Za-z0-9_-]{43})/.exec(email.text_body)![1]!;
}

describe('live invites for one seat', () => {
  it('keeps the link, WhatsApp and email invites live together; joining by one closes the others', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken: link } = await createRoom(t.app, sarah);
    t.emulator.state.addPhone('+447700900951', { name: 'John' });
    await inviteByWhatsApp(t.app, sarah, room.id, '+447700900951', 'John');
    const byWhatsApp = await whatsAppToken('+447700900951');
    const email = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: sarah.auth,
      payload: { email: 'john@example.com', recipient_name: 'John' },
    });
    expect(email.statusCode, email.body).toBe(200);
    const byEmail = await emailToken(room.id);

    for (const token of [link, byWhatsApp, byEmail]) {
      expect((await preview(token)).status).toBe('pending');
    }
    const view = await t.app.inject({ url: `/api/rooms/${room.id}`, headers: sarah.auth });
    expect(
      view
        .json()
        .open_invites.map((i: { channel: string }) => i.channel)
        .sort(),
    ).toEqual(['email', 'link', 'whatsapp']);

    const joined = await t.app.inject({
      method: 'POST',
      url: `/api/join/${link}`,
      payload: { name: 'John' },
    });
    expect(joined.statusCode, joined.body).toBe(200);
    for (const token of [byWhatsApp, byEmail]) {
      const closed = await preview(token);
      expect(closed).toMatchObject({ status: 'revoked', cancelled_by_name: null });
      const again = await t.app.inject({ method: 'POST', url: `/api/join/${token}`, payload: {} });
      expect(again.statusCode).toBe(410);
      expect(again.json().error.message).not.toMatch(/Sarah/);
    }
    const after = await t.app.inject({ url: `/api/rooms/${room.id}`, headers: sarah.auth });
    expect(after.json().open_invites).toEqual([]);
  });

  it('a new link replaces only the earlier link, and nobody is named for it', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken: first } = await createRoom(t.app, sarah);
    t.emulator.state.addPhone('+447700900952', { name: 'Jo' });
    await inviteByWhatsApp(t.app, sarah, room.id, '+447700900952', 'Jo');
    const byWhatsApp = await whatsAppToken('+447700900952');
    const renewed = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invites`,
      headers: sarah.auth,
      payload: {},
    });
    expect(renewed.statusCode).toBe(201);
    expect(await preview(first)).toMatchObject({ status: 'revoked', cancelled_by_name: null });
    expect((await preview(byWhatsApp)).status).toBe('pending');
  });

  it('names the person who cancelled an invite', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah);
    const view = await t.app.inject({ url: `/api/rooms/${room.id}`, headers: sarah.auth });
    const cancel = await t.app.inject({
      method: 'DELETE',
      url: `/api/rooms/${room.id}/invites/${view.json().invite.id}`,
      headers: sarah.auth,
    });
    expect(cancel.statusCode).toBe(200);
    expect(await preview(inviteToken)).toMatchObject({
      status: 'revoked',
      cancelled_by_name: 'Sarah',
    });
  });

  it('makes no link when the person creating the room does not ask for one', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/rooms',
      headers: sarah.auth,
      payload: { title: 'Chores', invite_link: false },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ invite_url: null, invite: null, open_invites: [] });
    const rows = await t.services.db
      .selectFrom('invites')
      .select('id')
      .where('room_id', '=', created.json().id)
      .execute();
    expect(rows).toEqual([]);
  });
});
