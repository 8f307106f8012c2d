import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, agreeOn, createRoom, registerPerson, respond } from './helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const getRoom = async (headers: { authorization: string }, roomId: string) =>
  json(await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers }));

describe('taking turns in the main room', () => {
  it('stores the message, answers as the mediator and passes the turn', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const response = await respond(
      t.app,
      owner,
      roomId,
      'I feel ignored when the dishes pile up. I need us to share the cleaning.',
    );
    expect(response.statusCode).toBe(200);
    const body = json(response);
    expect(body).toMatchObject({
      success: true,
      ai_response_pending: false,
      safety_pause: false,
      current_turn_user_id: guest.user.id,
      whatsapp_notification_sent: false,
      message: { author: 'participant', author_user_id: owner.user.id, private: false },
    });
    expect(body.ai_response).toEqual(expect.any(String));
    expect(body.ai_response.length).toBeGreaterThan(20);

    const room = await getRoom(guest.auth, roomId);
    expect(room.current_turn_user_id).toBe(guest.user.id);
    const texts = room.messages.map((m: { author: string; text: string }) => [m.author, m.text]);
    expect(texts).toContainEqual([
      'participant',
      'I feel ignored when the dishes pile up. I need us to share the cleaning.',
    ]);
    expect(texts).toContainEqual(['mediator', body.ai_response]);

    const reply = await respond(
      t.app,
      guest,
      roomId,
      'I work late, so I can do the dishes on weekends.',
    );
    expect(reply.statusCode).toBe(200);
    expect(json(reply).current_turn_user_id).toBe(owner.user.id);
    expect(json(reply).ai_response).not.toBe(body.ai_response);
  });

  it('the mediator opens the session once both have joined', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    const opening = await eventually(async () => {
      const room = await getRoom(owner.auth, roomId);
      return room.messages.find((m: { kind: string }) => m.kind === 'opening');
    });
    expect(opening.author).toBe('mediator');
    expect(opening.text).toContain('Sarah');
  });

  it('refuses a response out of turn, before the other joins, and when not a participant', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const outOfTurn = await respond(t.app, guest, roomId, 'Me first');
    expect(outOfTurn.statusCode).toBe(409);
    expect(json(outOfTurn).error.code).toBe('not_your_turn');

    const lonely = await registerPerson(t.app);
    const { room } = await createRoom(t.app, lonely);
    const waiting = await respond(t.app, lonely, room.id, 'Hello?');
    expect(waiting.statusCode).toBe(409);
    expect(json(waiting).error.code).toBe('room_waiting');

    const stranger = await registerPerson(t.app);
    expect((await respond(t.app, stranger, roomId, 'hi')).statusCode).toBe(403);
    expect(
      (await respond(t.app, owner, '6f1c2a9e-0000-4000-8000-000000000000', 'hi')).statusCode,
    ).toBe(404);
  });

  it('of two simultaneous responses, one wins and the other is a 409', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    const results = await Promise.all([
      respond(t.app, owner, roomId, 'First version of my view.'),
      respond(t.app, owner, roomId, 'Second version of my view.'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const room = await getRoom(owner.auth, roomId);
    expect(
      room.messages.filter((m: { author: string }) => m.author === 'participant'),
    ).toHaveLength(1);
  });

  it('checks the message: missing, wrong type, empty, over 4,000 characters', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    const url = `/api/rooms/${roomId}/main-room/respond`;
    for (const payload of [{}, { message: 42 }, { message: '' }, { message: 'x'.repeat(4001) }]) {
      const response = await t.app.inject({ method: 'POST', url, headers: owner.auth, payload });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(422);
    }
    const tooLong = await t.app.inject({
      method: 'POST',
      url,
      headers: owner.auth,
      payload: { message: 'x'.repeat(4001) },
    });
    expect(json(tooLong).error.message).toContain('4000');
    const blank = await respond(t.app, owner, roomId, '    ');
    expect(blank.statusCode).toBe(422);
    expect((await respond(t.app, owner, roomId, 'x'.repeat(4000))).statusCode).toBe(200);
  });
});

describe('breaks', () => {
  it('pauses and resumes; responses during a break are a 409', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const pause = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: guest.auth,
      payload: { reason: 'Need to pick up the kids' },
    });
    expect(pause.statusCode).toBe(200);
    expect(json(pause)).toEqual({ success: true });
    // The reason stays with the person who asked; the other sees only that it is paused.
    const room = await getRoom(owner.auth, roomId);
    expect(room.phase).toBe('on_break');
    expect(room.break).toMatchObject({ reason: null, started_by: null });
    const askers = await getRoom(guest.auth, roomId);
    expect(askers.break).toMatchObject({
      reason: 'Need to pick up the kids',
      started_by: guest.user.id,
    });

    const during = await respond(t.app, owner, roomId, 'Are you there?');
    expect(during.statusCode).toBe(409);
    expect(json(during).error.code).toBe('room_on_break');
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: owner.auth,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);

    // Only the person who asked for the break ends it.
    const notTheirs = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: owner.auth,
    });
    expect(notTheirs.statusCode).toBe(409);
    expect(json(notTheirs).error.code).toBe('paused_by_other');
    const resume = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: guest.auth,
    });
    expect(resume.statusCode).toBe(200);
    const after = await getRoom(owner.auth, roomId);
    expect(after.phase).toBe('active');
    expect(after.break).toBeNull();
    expect(after.current_turn_user_id).toBe(owner.user.id);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: owner.auth,
    });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.code).toBe('room_not_on_break');
  });

  it('refuses a reason over 500 characters and a stranger', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    const long = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: owner.auth,
      payload: { reason: 'x'.repeat(501) },
    });
    expect(long.statusCode).toBe(422);
    const stranger = await registerPerson(t.app);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/rooms/${roomId}/break`,
          headers: stranger.auth,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('agreement and resolution', () => {
  it('drafts from the conversation, finalizes, and shows the resolution', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, 'I will cook dinner on weekdays.');
    await respond(t.app, guest, roomId, 'I will do the dishes every evening.');

    const draft = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/agreement/draft`,
      headers: owner.auth,
    });
    expect(draft.statusCode).toBe(200);
    const agreement = json(draft).agreement;
    expect(agreement.text).toMatch(/cook dinner/i);
    expect(agreement.text).toMatch(/dishes/i);

    const early = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution`,
      headers: owner.auth,
    });
    expect(early.statusCode).toBe(409);
    expect(json(early).error.code).toBe('room_not_resolved');

    const finalize = await agreeOn(t.app, [owner, guest], roomId, agreement.text);
    expect(json(finalize)).toMatchObject({
      success: true,
      phase: 'resolved',
      agreement: { text: agreement.text, finalized_by: guest.user.id },
    });

    const resolution = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution`,
      headers: owner.auth,
    });
    expect(resolution.statusCode).toBe(200);
    expect(json(resolution)).toMatchObject({
      agreement: { text: agreement.text },
      resolved_at: expect.any(String),
      participants: [{ user_id: owner.user.id }, { user_id: guest.user.id }],
    });
    const after = await respond(t.app, owner, roomId, 'One more thing');
    expect(after.statusCode).toBe(409);
    expect(json(after).error.code).toBe('room_resolved');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/finalize`,
      headers: owner.auth,
      payload: { agreement_text: 'x' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses an empty agreement and a waiting room', async () => {
    const { owner, roomId } = await activeRoom(t.app);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/finalize`,
      headers: owner.auth,
      payload: { agreement_text: '' },
    });
    expect(empty.statusCode).toBe(422);
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/finalize`,
      headers: owner.auth,
      payload: {},
    });
    expect(missing.statusCode).toBe(422);
    const lonely = await registerPerson(t.app);
    const { room } = await createRoom(t.app, lonely);
    const waiting = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/finalize`,
      headers: lonely.auth,
      payload: { agreement_text: 'We agree.' },
    });
    expect(waiting.statusCode).toBe(409);
  });
});

describe('safety', () => {
  it('pauses the session, answers privately with helplines, and tells the other person only that it is paused', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const response = await respond(
      t.app,
      owner,
      roomId,
      "I'm scared of him. Last week he hit me when I said no.",
    );
    expect(response.statusCode).toBe(200);
    const body = json(response);
    expect(body.safety_pause).toBe(true);
    expect(body.message.private).toBe(true);
    expect(body.ai_response).toMatch(/0808 2000 247|999|Samaritans/);

    const ownerView = await getRoom(owner.auth, roomId);
    expect(ownerView.phase).toBe('on_break');
    expect(ownerView.safety_paused).toBe(true);

    const guestView = await getRoom(guest.auth, roomId);
    expect(guestView.phase).toBe('on_break');
    expect(guestView.safety_paused).toBe(false);
    expect(guestView.break).toMatchObject({ reason: null, started_by: null });
    const guestText = JSON.stringify(guestView.messages);
    expect(guestText).not.toContain('scared');
    expect(guestText).not.toMatch(/helpline|0808/i);
    expect(guestView.messages.some((m: { kind: string }) => m.kind === 'notice')).toBe(true);

    const flags = await t.services.db
      .selectFrom('safety_flags')
      .selectAll()
      .where('room_id', '=', roomId)
      .execute();
    expect(flags.map((f) => f.category).sort()).toEqual(expect.arrayContaining(['violence']));

    const guestResume = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: guest.auth,
    });
    expect(guestResume.statusCode).toBe(409);
    expect(json(guestResume).error.code).toBe('paused_by_other');
    const ownerResume = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: owner.auth,
    });
    expect(ownerResume.statusCode).toBe(200);
  });
});
