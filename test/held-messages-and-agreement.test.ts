import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, respond } from './helpers/factories.js';
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

const hold = (headers: { authorization: string }, roomId: string, message: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/main-room/hold`,
    headers,
    payload: { message },
  });

describe('messages written out of turn', () => {
  it('are kept for the writer only and shared, in order, when their turn comes', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const first = await hold(guest.auth, roomId, 'I want to say something first.');
    expect(first.statusCode).toBe(201);
    expect(json(first).held).toMatchObject({ text: 'I want to say something first.' });
    expect((await hold(guest.auth, roomId, 'And one more thing.')).statusCode).toBe(201);

    const guestView = await getRoom(guest.auth, roomId);
    expect(guestView.held_messages.map((m: { text: string }) => m.text)).toEqual([
      'I want to say something first.',
      'And one more thing.',
    ]);
    const ownerView = await getRoom(owner.auth, roomId);
    expect(ownerView.held_messages).toEqual([]);
    expect(JSON.stringify(ownerView.messages)).not.toContain('say something first');

    expect((await respond(t.app, owner, roomId, 'I feel unheard about the rent.')).statusCode).toBe(
      200,
    );
    // After the mediator answers Sarah, John's held words become his turn, then Sarah's turn again.
    const shared = await eventually(async () => {
      const room = await getRoom(owner.auth, roomId);
      const message = room.messages.find(
        (m: { author_user_id: string | null; kind: string }) =>
          m.author_user_id === guest.user.id && m.kind === 'statement',
      );
      return message && room.current_turn_user_id === owner.user.id ? { room, message } : undefined;
    });
    expect(shared.message.text).toBe('I want to say something first.\n\nAnd one more thing.');
    const order = shared.room.messages.map((m: { id: string }) => m.id);
    const sarahLine = shared.room.messages.find(
      (m: { text: string }) => m.text === 'I feel unheard about the rent.',
    );
    const mediatorReply = shared.room.messages.find(
      (m: { reply_to_message_id: string | null }) => m.reply_to_message_id === sarahLine.id,
    );
    expect(order.indexOf(mediatorReply.id)).toBeLessThan(order.indexOf(shared.message.id));
    expect((await getRoom(guest.auth, roomId)).held_messages).toEqual([]);
  });

  it('wait through a break and are shared after resume', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, 'I need more quiet in the evenings.');
    await eventually(async () => {
      const room = await getRoom(owner.auth, roomId);
      return room.messages.some((m: { kind: string }) => m.kind === 'reply') ? room : undefined;
    });
    const pause = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: owner.auth,
      payload: { reason: 'tea' },
    });
    expect(pause.statusCode).toBe(200);
    expect((await hold(guest.auth, roomId, 'I can use headphones after nine.')).statusCode).toBe(
      201,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await getRoom(guest.auth, roomId)).held_messages).toHaveLength(1);

    await t.app.inject({ method: 'POST', url: `/api/rooms/${roomId}/resume`, headers: owner.auth });
    await eventually(async () => {
      const room = await getRoom(owner.auth, roomId);
      return room.messages.some(
        (m: { text: string }) => m.text === 'I can use headphones after nine.',
      )
        ? room
        : undefined;
    });
  });

  it('refuses an empty message with a clear error', async () => {
    const { guest, roomId } = await activeRoom(t.app);
    const response = await hold(guest.auth, roomId, '   ');
    expect(response.statusCode).toBe(422);
    expect(json(response).error.message).toContain('empty');
  });
});

describe('agreement drafts', () => {
  async function roomWithDraft() {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, 'I will pay the electricity bill by the 5th each month.');
    await eventually(async () => {
      const room = await getRoom(guest.auth, roomId);
      return room.current_turn_user_id === guest.user.id && room.messages.length > 2
        ? room
        : undefined;
    });
    await respond(t.app, guest, roomId, 'I will clean the kitchen every Sunday.');
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/agreement/draft`,
      headers: owner.auth,
    });
    expect(drafted.statusCode).toBe(200);
    return { owner, guest, roomId, draft: json(drafted).agreement };
  }

  const answer = (
    headers: { authorization: string },
    roomId: string,
    draftId: string,
    action: 'confirm' | 'request-changes',
    payload?: object,
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/agreement/${draftId}/${action}`,
      headers,
      ...(payload ? { payload } : {}),
    });

  it('resolves the room only when both confirm the same draft', async () => {
    const { owner, guest, roomId, draft } = await roomWithDraft();
    expect(draft).toMatchObject({ status: 'open', confirmations: [] });
    expect((await getRoom(guest.auth, roomId)).agreement_draft.id).toBe(draft.id);

    const first = await answer(owner.auth, roomId, draft.id, 'confirm');
    expect(json(first)).toEqual({ success: true, resolved: false, phase: 'active' });
    const room = await getRoom(guest.auth, roomId);
    expect(room.agreement_draft.confirmations).toEqual([
      expect.objectContaining({ user_id: owner.user.id, decision: 'confirmed' }),
    ]);

    const second = await answer(guest.auth, roomId, draft.id, 'confirm');
    expect(json(second)).toEqual({ success: true, resolved: true, phase: 'resolved' });
    const resolution = json(
      await t.app.inject({
        method: 'GET',
        url: `/api/rooms/${roomId}/resolution`,
        headers: guest.auth,
      }),
    );
    expect(resolution.agreement.text).toBe(draft.text);
  });

  it('a change request keeps the room open; a new draft replaces the old one', async () => {
    const { owner, guest, roomId, draft } = await roomWithDraft();
    const changes = await answer(guest.auth, roomId, draft.id, 'request-changes', {
      note: 'Sunday cleaning should be every other week.',
    });
    expect(json(changes)).toMatchObject({ resolved: false });
    expect((await answer(owner.auth, roomId, draft.id, 'confirm')).statusCode).toBe(200);
    expect((await getRoom(owner.auth, roomId)).phase).toBe('active');
    const notes = (await getRoom(owner.auth, roomId)).messages.map((m: { text: string }) => m.text);
    expect(notes).toContain(
      'John asked for changes to the draft: Sunday cleaning should be every other week.',
    );

    const redraft = json(
      await t.app.inject({
        method: 'POST',
        url: `/api/rooms/${roomId}/agreement/draft`,
        headers: guest.auth,
      }),
    ).agreement;
    expect(redraft.id).not.toBe(draft.id);
    const stale = await answer(owner.auth, roomId, draft.id, 'confirm');
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('draft_not_open');
    const missing = await answer(
      owner.auth,
      roomId,
      '00000000-0000-4000-8000-000000000000',
      'confirm',
    );
    expect(missing.statusCode).toBe(404);
    const empty = await answer(guest.auth, roomId, redraft.id, 'request-changes', { note: '' });
    expect(empty.statusCode).toBe(422);
  });

  it('applies a change request to the next draft, and keeps one it cannot read as an amendment', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const turnOf = (person: { user: { id: string } }, count: number) =>
      eventually(async () => {
        const room = await getRoom(owner.auth, roomId);
        return room.current_turn_user_id === person.user.id && room.messages.length > count
          ? room
          : undefined;
      });
    await respond(t.app, owner, roomId, "I'll pay the electricity bill by the 5th each month.");
    const afterOwner = await turnOf(guest, 2);
    await respond(t.app, guest, roomId, "That works for me. I'll clean the kitchen every Sunday.");
    await turnOf(owner, afterOwner.messages.length + 1);
    await respond(t.app, owner, roomId, 'Deal.');
    await turnOf(guest, afterOwner.messages.length + 3);
    const draft = json(
      await t.app.inject({
        method: 'POST',
        url: `/api/rooms/${roomId}/agreement/draft`,
        headers: owner.auth,
      }),
    ).agreement;
    const first = draft.commitments.map((c: { text: string }) => c.text);
    expect(first).toEqual([
      `${owner.user.name} will pay the electricity bill by the 5th each month.`,
      `${guest.user.name} will clean the kitchen every Sunday.`,
    ]);

    await answer(guest.auth, roomId, draft.id, 'request-changes', {
      note: 'Please change the 5th to the 10th, payday moved.',
    });
    await answer(owner.auth, roomId, draft.id, 'request-changes', {
      note: 'I want us to think about the garden too.',
    });
    const redraft = json(
      await t.app.inject({
        method: 'POST',
        url: `/api/rooms/${roomId}/agreement/draft`,
        headers: guest.auth,
      }),
    ).agreement;
    const lines = redraft.commitments.map((c: { text: string }) => c.text);
    expect(lines).toContain(
      `${owner.user.name} will pay the electricity bill by the 10th each month.`,
    );
    expect(lines).toContain(`${guest.user.name} will clean the kitchen every Sunday.`);
    expect(redraft.text).not.toContain('the 5th');
    expect(redraft.text).toContain(
      `Amendment proposed by ${owner.user.name}, for ${guest.user.name} to accept or not: "I want us to think about the garden too."`,
    );
  });
});
