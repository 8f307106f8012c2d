/**
 * A person's data: `GET /api/users/me/export` gives them everything Meedi8 holds about them (and
 * nothing private to the other person); `DELETE /api/users/me` erases it, while the room they
 * shared stays whole for the other person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOVED_TEXT } from '../../src/domain/accounts/delete-account.js';
import {
  agreeOn,
  createRoom,
  joinAsGuest,
  type Person,
  registerPerson,
  respond,
} from '../helpers/factories.js';
import { pdfText } from '../helpers/pdf-text.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { verifyPhone } from '../helpers/verify-phone.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PRIVATE_TO_JOHN = 'Only John can read this private note from the mediator.';

/** Sarah (with a WhatsApp number she wrote from), John as a guest, a shared room and a solo one. */
async function scene(phone: string) {
  const sarah = await registerPerson(t.app, 'Sarah');
  t.emulator.state.addPhone(phone, { name: 'Sarah' });
  await verifyPhone(t, sarah, phone, { whatsapp_opt_in: true });
  t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'Hello Meedi8, it is Sarah' });
  const waId = phone.slice(1);
  // Her "Hello" starts a mediation in her chat; it is answered before the rooms below exist, so
  // the chat's room is its own (not one of those).
  await eventually(async () => {
    const chat = await t.services.db
      .selectFrom('whatsapp_conversations')
      .select('room_id')
      .where('wa_id', '=', waId)
      .executeTakeFirst();
    return chat?.room_id ?? undefined;
  });

  const { room, inviteToken } = await createRoom(t.app, sarah);
  const john = await joinAsGuest(t.app, inviteToken, 'John');
  const sarahSays = await respond(t.app, sarah, room.id, 'I feel I do all the laundry myself.');
  expect(sarahSays.statusCode).toBe(200);
  const johnSays = await respond(t.app, john, room.id, 'I will cook on weekdays.');
  expect(johnSays.statusCode).toBe(200);
  await t.services.db
    .insertInto('messages')
    .values({
      room_id: room.id,
      author_kind: 'mediator',
      visible_to_user_id: john.user.id,
      kind: 'reply',
      body: PRIVATE_TO_JOHN,
    })
    .execute();
  const solo = await createRoom(t.app, sarah, { title: 'Just me' });
  return {
    sarah,
    john,
    roomId: room.id as string,
    soloRoomId: solo.room.id as string,
    waId,
    sarahMessageId: json(sarahSays).message.id as string,
  };
}

const exportOf = (person: Person) =>
  t.app.inject({ method: 'GET', url: '/api/users/me/export', headers: person.auth });

const deleteMe = (person: Person, payload?: Record<string, unknown>) =>
  t.app.inject({
    method: 'DELETE',
    url: '/api/users/me',
    headers: person.auth,
    ...(payload === undefined ? {} : { payload }),
  });

describe('GET /api/users/me/export', () => {
  it('gives a JSON download of everything about the caller, never the other’s private messages', async () => {
    const { sarah, roomId, soloRoomId, waId } = await scene('+447700900501');
    // Her "Hello" to the Meedi8 number started a mediation in her chat (still in private intake).
    const chatRoom = await t.services.db
      .selectFrom('whatsapp_conversations')
      .select('room_id')
      .where('wa_id', '=', waId)
      .executeTakeFirstOrThrow();
    const response = await exportOf(sarah);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="meedi8-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = json(response);
    expect(data.format).toBe('meedi8-account-export/1');
    expect(data.profile).toMatchObject({
      id: sarah.user.id,
      email: sarah.user.email,
      name: 'Sarah',
      phone_number: '+447700900501',
      whatsapp_opt_in: true,
    });
    expect(JSON.stringify(data)).not.toContain('password');
    expect(JSON.stringify(data)).not.toContain('token_hash');
    expect(data.sessions.length).toBeGreaterThan(0);

    expect(data.rooms.map((r: any) => r.id).sort()).toEqual(
      [roomId, soloRoomId, chatRoom.room_id].sort(),
    );
    const shared = data.rooms.find((r: any) => r.id === roomId);
    const texts = shared.messages.map((m: any) => m.text);
    expect(texts).toContain('I feel I do all the laundry myself.');
    expect(texts).toContain('I will cook on weekdays.');
    expect(JSON.stringify(data)).not.toContain(PRIVATE_TO_JOHN);
    expect(shared.messages.find((m: any) => m.text.includes('laundry')).mine).toBe(true);
    expect(shared.participants.map((p: any) => p.name)).toEqual(['Sarah', 'John']);

    expect(data.invites_sent.map((i: any) => i.room_id)).toContain(roomId);
    expect(data.notices).toEqual(expect.any(Array));
    expect(data.whatsapp.contacts).toEqual([expect.objectContaining({ wa_id: waId })]);
    expect(data.whatsapp.messages_received_by_meedi8.map((m: any) => m.text)).toContain(
      'Hello Meedi8, it is Sarah',
    );

    const nobody = await exportOf(await registerPerson(t.app, 'Nobody'));
    expect(json(nobody).rooms).toEqual([]);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/users/me/export' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('DELETE /api/users/me', () => {
  it('refuses without the exact confirmation and deletes nothing', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    for (const payload of [undefined, {}, { confirm: 'yes' }, { confirm: 'Delete My Account!' }]) {
      const response = await deleteMe(sarah, payload);
      expect(response.statusCode).toBe(422);
      expect(json(response).error.code).toBe('delete_not_confirmed');
      expect(json(response).error.message).toContain('delete my account');
    }
    const extra = await deleteMe(sarah, { confirm: 'delete my account', also: 1 });
    expect(extra.statusCode).toBe(422);
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: sarah.auth });
    expect(me.statusCode).toBe(200);
  });

  it('erases the account and her words; the shared room stays coherent for John', async () => {
    const { sarah, john, roomId, soloRoomId, waId, sarahMessageId } = await scene('+447700900502');
    const login = { email: sarah.user.email, password: 'correct horse battery' };
    const second = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
    expect(second.statusCode).toBe(200);

    const response = await deleteMe(sarah, { confirm: 'delete my account' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ success: true });

    // Every session ends and she cannot sign in again.
    for (const token of [sarah.token, json(second).token]) {
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/users/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(401);
    }
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: login });
    expect(again.statusCode).toBe(401);

    const db = t.services.db;
    expect(
      await db.selectFrom('rooms').select('id').where('id', '=', soloRoomId).execute(),
    ).toEqual([]);
    for (const table of [
      'whatsapp_contacts',
      'whatsapp_inbound_messages',
      'whatsapp_messages',
    ] as const) {
      const rows = await db.selectFrom(table).select('wa_id').where('wa_id', '=', waId).execute();
      expect(rows, table).toEqual([]);
    }
    const tokens = await db
      .selectFrom('auth_tokens')
      .select('id')
      .where('user_id', '=', sarah.user.id)
      .execute();
    expect(tokens).toEqual([]);

    // John's room: his, waiting for someone new, her words replaced, his own intact.
    const room = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}`,
      headers: john.auth,
    });
    expect(room.statusCode).toBe(200);
    const view = json(room);
    expect(view.phase).toBe('waiting');
    expect(view.participants).toEqual([
      expect.objectContaining({ user_id: john.user.id, role: 'owner' }),
    ]);
    const texts = view.messages.map((m: any) => m.text);
    expect(texts.join('\n')).not.toContain('laundry');
    expect(texts).toContain(REMOVED_TEXT);
    expect(texts).toContain('I will cook on weekdays.');
    expect(texts).toContain(PRIVATE_TO_JOHN);
    expect(texts.at(-1)).toContain('deleted their Meedi8 account');
    const reply = view.messages.find((m: any) => m.reply_to_message_id === sarahMessageId);
    if (reply) expect(reply.text).toBe(REMOVED_TEXT);

    // The live feed's copies do not keep her words either.
    const events = await db
      .selectFrom('room_events')
      .select('data')
      .where('room_id', '=', roomId)
      .execute();
    expect(JSON.stringify(events)).not.toContain('laundry');
  });

  it('keeps a reached agreement (and its PDF) for the other person', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah);
    const john = await joinAsGuest(t.app, inviteToken, 'John');
    // Sarah's confirmation completes the agreement, so she is the one who finalized it.
    await agreeOn(t.app, [john, sarah], room.id, '1. John cooks on weekdays.');
    expect((await deleteMe(sarah, { confirm: 'delete my account' })).statusCode).toBe(200);

    const resolution = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${room.id}/resolution`,
      headers: john.auth,
    });
    expect(resolution.statusCode).toBe(200);
    expect(json(resolution).agreement).toMatchObject({
      text: '1. John cooks on weekdays.',
      finalized_by: null,
    });
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${room.id}/resolution.pdf`,
      headers: john.auth,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('John cooks on weekdays.');
  });
});
