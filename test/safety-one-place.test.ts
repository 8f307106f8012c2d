/** Every front end's words meet the same safety answer: recorded, paused if joint, helplines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, respond } from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DISCLOSURE = 'Last night he grabbed me by the throat and said he would kill me.';

const flagsOf = (roomId: string) =>
  t.services.db.selectFrom('safety_flags').selectAll().where('room_id', '=', roomId).execute();

describe('a disclosure in a message written out of turn', () => {
  it('is answered at once in private, recorded, pauses the session, and is never shared', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const held = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/main-room/hold`,
      headers: guest.auth,
      payload: { message: DISCLOSURE },
    });
    expect(held.statusCode).toBe(201);
    expect(json(held)).toMatchObject({ safety_pause: true });
    expect(json(held).ai_response).toMatch(/999|0808/);
    expect((await flagsOf(roomId)).map((f) => f.user_id)).toContain(guest.user.id);

    const ownerView = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: owner.auth }),
    );
    expect(ownerView.phase).toBe('on_break');
    expect(JSON.stringify(ownerView)).not.toContain('throat');
    const guestView = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: guest.auth }),
    );
    expect(guestView.held_messages).toEqual([]);
    expect(guestView.safety_paused).toBe(true);
    // Nothing is kept to be shared later on the guest's turn.
    const pending = await t.services.db
      .selectFrom('held_messages')
      .selectAll()
      .where('room_id', '=', roomId)
      .execute();
    expect(pending).toEqual([]);
  });

  it('a turn and a held message are recorded the same way', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, DISCLOSURE);
    const flags = await flagsOf(roomId);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.source === 'screen' && f.message_id !== null)).toBe(true);
  });
});
