import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeRoom,
  createRoom,
  joinAsGuest,
  registerPerson,
  screen,
} from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const UNKNOWN_ROOM = '6f1c2a9e-0000-4000-8000-000000000000';

describe('POST /api/rooms', () => {
  it('creates a waiting room with its owner and a join link', async () => {
    const owner = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, owner, {
      title: 'School pick-ups',
      topic: 'Weekday schedule',
    });
    expect(room).toMatchObject({
      title: 'School pick-ups',
      topic: 'Weekday schedule',
      phase: 'waiting',
      current_turn_user_id: null,
      participants: [{ user_id: owner.user.id, name: 'Sarah', role: 'owner' }],
      invite: { status: 'pending', channel: 'link' },
      messages: [],
    });
    expect(room.invite_url).toMatch(/^http:\/\/meedi8\.test\/join\/[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(inviteToken, 'base64url')).toHaveLength(32);
    const stored = await t.services.db
      .selectFrom('invites')
      .select('token_hash')
      .where('room_id', '=', room.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash.toString('base64url')).not.toBe(inviteToken);
    const expiresIn = Date.parse(room.invite.expires_at) - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 86_400_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 86_400_000);
  });

  it('works with no body, giving a default title', async () => {
    const owner = await registerPerson(t.app);
    const response = await t.app.inject({ method: 'POST', url: '/api/rooms', headers: owner.auth });
    expect(response.statusCode).toBe(201);
    expect(json(response).title).toBe('Our mediation');
  });

  it('refuses no token, guests, and bad input', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/rooms', payload: {} })).statusCode,
    ).toBe(401);
    const { guest } = await activeRoom(t.app);
    const asGuest = await t.app.inject({
      method: 'POST',
      url: '/api/rooms',
      headers: guest.auth,
      payload: {},
    });
    expect(asGuest.statusCode).toBe(403);
    expect(json(asGuest).error.code).toBe('guest_not_allowed');
    const owner = await registerPerson(t.app);
    const long = await t.app.inject({
      method: 'POST',
      url: '/api/rooms',
      headers: owner.auth,
      payload: { title: 'x'.repeat(121) },
    });
    expect(long.statusCode).toBe(422);
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/rooms',
      headers: owner.auth,
      payload: { title: 7 },
    });
    expect(wrongType.statusCode).toBe(422);
  });
});

describe('GET /api/rooms and /api/rooms/:room_id', () => {
  it('lists only the rooms the caller takes part in', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const other = await registerPerson(t.app, 'Other');
    const { room: mine } = await createRoom(t.app, sarah);
    await createRoom(t.app, other);
    const response = await t.app.inject({ method: 'GET', url: '/api/rooms', headers: sarah.auth });
    expect(response.statusCode).toBe(200);
    expect(json(response).rooms.map((r: { id: string }) => r.id)).toEqual([mine.id]);
  });

  it('a guest sees only the room they joined', async () => {
    const { guest, roomId } = await activeRoom(t.app);
    const list = await t.app.inject({ method: 'GET', url: '/api/rooms', headers: guest.auth });
    expect(json(list).rooms.map((r: { id: string }) => r.id)).toEqual([roomId]);
    const room = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}`,
      headers: guest.auth,
    });
    expect(room.statusCode).toBe(200);
    expect(json(room).invite_url).toBeNull();
  });

  it('is 403 for another user’s room, 403 for a guest token on another room, 404 for unknown ids', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    const stranger = await registerPerson(t.app, 'Stranger');
    const forbidden = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}`,
      headers: stranger.auth,
    });
    expect(forbidden.statusCode).toBe(403);
    expect(json(forbidden).error.code).toBe('not_a_participant');

    const second = await activeRoom(t.app);
    const crossGuest = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}`,
      headers: second.guest.auth,
    });
    expect(crossGuest.statusCode).toBe(403);

    // A guest token stays bound to its room even if its user is later added elsewhere.
    await t.services.db
      .insertInto('participants')
      .values({ room_id: roomId, user_id: second.guest.user.id, role: 'invitee' })
      .execute();
    const scoped = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}`,
      headers: second.guest.auth,
    });
    expect(scoped.statusCode).toBe(403);

    for (const id of [UNKNOWN_ROOM, 'not-a-uuid']) {
      const missing = await t.app.inject({
        method: 'GET',
        url: `/api/rooms/${id}`,
        headers: owner.auth,
      });
      expect(missing.statusCode).toBe(404);
      expect(json(missing).error.code).toBe('room_not_found');
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}` })).statusCode).toBe(
      401,
    );
  });
});

describe('joining from an invite', () => {
  it('previews who invited and about what, without signing in', async () => {
    const owner = await registerPerson(t.app, 'Sarah');
    const { inviteToken } = await createRoom(t.app, owner, {
      title: 'Money',
      topic: 'Shared bills',
    });
    const response = await t.app.inject({ method: 'GET', url: `/api/join/${inviteToken}` });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      room_title: 'Money',
      topic: 'Shared bills',
      inviter_name: 'Sarah',
      status: 'pending',
    });
  });

  it('joins as a guest: no account, a room-bound token; once screened, the room becomes active with the owner to speak', async () => {
    const owner = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, owner);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: { name: 'John' },
    });
    expect(response.statusCode).toBe(200);
    const body = json(response);
    expect(body).toMatchObject({
      room_id: room.id,
      user: { name: 'John', is_guest: true, email: null },
    });
    const guestAuth = { authorization: `Bearer ${body.token}` };
    const before = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${room.id}`, headers: guestAuth }),
    );
    expect(before).toMatchObject({ phase: 'screening', screening: { status: 'needed' } });
    await screen(t.app, { token: body.token, user: body.user, auth: guestAuth }, room.id);
    const seen = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${room.id}`,
      headers: guestAuth,
    });
    expect(json(seen)).toMatchObject({
      phase: 'active',
      current_turn_user_id: owner.user.id,
      invite: { status: 'used' },
      participants: [{ role: 'owner' }, { role: 'invitee', name: 'John', is_guest: true }],
    });
  });

  it('joins with no body at all as "Guest"', async () => {
    const owner = await registerPerson(t.app);
    const { inviteToken } = await createRoom(t.app, owner);
    const response = await t.app.inject({ method: 'POST', url: `/api/join/${inviteToken}` });
    expect(response.statusCode).toBe(200);
    expect(json(response).user.name).toBe('Guest');
  });

  it('joins as the signed-in account when a token is sent', async () => {
    const owner = await registerPerson(t.app, 'Sarah');
    const john = await registerPerson(t.app, 'John');
    const { room, inviteToken } = await createRoom(t.app, owner);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      headers: john.auth,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    expect(json(response).user).toMatchObject({ id: john.user.id, is_guest: false });
    const list = await t.app.inject({ method: 'GET', url: '/api/rooms', headers: john.auth });
    expect(json(list).rooms.map((r: { id: string }) => r.id)).toContain(room.id);
  });

  it('refuses a used, revoked, expired or unknown invite with what to do', async () => {
    const owner = await registerPerson(t.app);
    const { room, inviteToken } = await createRoom(t.app, owner);
    await joinAsGuest(t.app, inviteToken);
    const used = await t.app.inject({
      method: 'POST',
      url: `/api/join/${inviteToken}`,
      payload: {},
    });
    expect(used.statusCode).toBe(409);
    expect(json(used).error.code).toBe('invite_used');

    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/join/${'x'.repeat(43)}`,
      payload: {},
    });
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown).error.message).toMatch(/ask/i);

    const owner2 = await registerPerson(t.app);
    const { room: room2, inviteToken: token2 } = await createRoom(t.app, owner2);
    const invite = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${room2.id}`, headers: owner2.auth }),
    ).invite;
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/rooms/${room2.id}/invites/${invite.id}`,
      headers: owner2.auth,
    });
    expect(revoke.statusCode).toBe(200);
    expect(json(revoke).invite.status).toBe('revoked');
    const revoked = await t.app.inject({ method: 'POST', url: `/api/join/${token2}`, payload: {} });
    expect(revoked.statusCode).toBe(410);
    expect(json(revoked).error.code).toBe('invite_revoked');

    const { room: room3, inviteToken: token3 } = await createRoom(t.app, owner2);
    await t.services.db
      .updateTable('invites')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('room_id', '=', room3.id)
      .execute();
    const expired = await t.app.inject({ method: 'POST', url: `/api/join/${token3}`, payload: {} });
    expect(expired.statusCode).toBe(410);
    expect(json(expired).error.code).toBe('invite_expired');
    expect(room.id).toBeTruthy();
  });

  it('a fresh link replaces the old one while the room waits', async () => {
    const owner = await registerPerson(t.app);
    const { room, inviteToken: oldToken } = await createRoom(t.app, owner);
    const renewed = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invites`,
      headers: owner.auth,
      payload: { recipient_name: 'Jo' },
    });
    expect(renewed.statusCode).toBe(201);
    const newToken = json(renewed).invite_url.split('/join/')[1];
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/join/${oldToken}`, payload: {} }))
        .statusCode,
    ).toBe(410);
    const joined = await t.app.inject({
      method: 'POST',
      url: `/api/join/${newToken}`,
      payload: {},
    });
    expect(joined.statusCode).toBe(200);
    expect(json(joined).user.name).toBe('Jo');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invites`,
      headers: owner.auth,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.code).toBe('room_full');
  });

  it('two people racing for one link: one joins, the other is told it was used', async () => {
    const owner = await registerPerson(t.app);
    const { inviteToken } = await createRoom(t.app, owner);
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/join/${inviteToken}`, payload: { name: 'A' } }),
      t.app.inject({ method: 'POST', url: `/api/join/${inviteToken}`, payload: { name: 'B' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});
