/** Each person's private screening before the joint session: proceed, adapt, stop. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, joinAsGuest, registerPerson, respond, screen } from './helpers/factories.js';
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

describe('private screening', () => {
  it('a stop ends the mediation: helplines for that person, a neutral word for the other', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah, undefined, { screened: false });
    const questions = json(
      await t.app.inject({
        method: 'GET',
        url: `/api/rooms/${room.id}/screening`,
        headers: sarah.auth,
      }),
    );
    expect(questions.status).toBe('needed');
    expect(questions.questions).toHaveLength(6);
    const john = await joinAsGuest(t.app, inviteToken, 'John');
    expect((await getRoom(john.auth, room.id)).phase).toBe('screening');
    // Nobody speaks before both are screened.
    expect(json(await respond(t.app, john, room.id, 'Hello?')).error.code).toBe(
      'screening_pending',
    );

    const result = await screen(t.app, sarah, room.id, 'yes');
    expect(result.outcome).toBe('stop');
    expect(result.message).toMatch(/999|0808/);
    const johns = await getRoom(john.auth, room.id);
    expect(johns.phase).toBe('closed');
    const seen = JSON.stringify(johns);
    expect(seen).toContain('cannot go ahead at the moment');
    expect(seen).not.toMatch(/helpline|0808|afraid|stop"/i);
    expect(johns.screening).toEqual({ status: 'done', outcome: 'proceed' });
  });

  it('an adapt outcome keeps that person’s words out of the other’s view; the mediator replies', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah);
    const john = await joinAsGuest(t.app, inviteToken, 'John', { screened: false });
    expect((await screen(t.app, john, room.id, 'unsure')).outcome).toBe('adapt');
    expect((await getRoom(john.auth, room.id)).phase).toBe('active');
    await respond(t.app, sarah, room.id, 'I would like us to agree on the weekly chores.');
    await eventually(async () =>
      (await getRoom(john.auth, room.id)).current_turn_user_id === john.user.id ? true : undefined,
    );
    await eventually(async () =>
      (await getRoom(john.auth, room.id)).messages.filter(
        (m: { kind: string }) => m.kind === 'reply',
      ).length >= 1
        ? true
        : undefined,
    );
    expect(
      (await respond(t.app, john, room.id, 'I do the dishes most nights already.')).statusCode,
    ).toBe(200);
    const sarahs = await getRoom(sarah.auth, room.id);
    // John's statement itself is not shown to Sarah (the mediator's reply carries it on).
    expect(
      sarahs.messages.some(
        (m: { kind: string; author_user_id: string }) =>
          m.kind === 'statement' && m.author_user_id === john.user.id,
      ),
    ).toBe(false);
    const johns = await getRoom(john.auth, room.id);
    expect(JSON.stringify(johns.messages)).toContain('dishes most nights');
    // The mediator's reply to it, which Sarah reads, summarises John without his wording.
    const johnsStatement = johns.messages.find(
      (m: { kind: string; author_user_id: string }) =>
        m.kind === 'statement' && m.author_user_id === john.user.id,
    );
    const reply = await eventually(async () =>
      (await getRoom(sarah.auth, room.id)).messages.find(
        (m: { reply_to_message_id: string | null }) => m.reply_to_message_id === johnsStatement.id,
      ),
    );
    expect(reply.text).toContain('John');
    expect(reply.text).not.toMatch(/dish|most nights/i);
  });

  it('a flagged message re-opens screening for its author only', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const { room, inviteToken } = await createRoom(t.app, sarah);
    const john = await joinAsGuest(t.app, inviteToken, 'John');
    await respond(t.app, sarah, room.id, 'He hit me last week and I am scared of him.');
    expect((await getRoom(sarah.auth, room.id)).screening.status).toBe('needed');
    expect((await getRoom(john.auth, room.id)).screening.status).toBe('done');
  });
});
