/**
 * An agreement binds only what both people saw and confirmed: a confirmation names its draft,
 * an answer to a replaced draft is refused (showing the current one), a finalize by one person
 * is a proposal until the other confirms it, and the documents say who confirmed what, when.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import {
  activeRoom,
  createRoom,
  inviteByWhatsApp,
  type Person,
  registerPerson,
  respond,
} from '../helpers/factories.js';
import { pdfText } from '../helpers/pdf-text.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { answerScreening } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

const AGREEMENT = 'Sarah cooks on weekdays.\nJohn does the dishes every evening.';

const post = (person: Person, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: person.auth, ...(payload ? { payload } : {}) });
const getRoom = async (person: Person, roomId: string) =>
  json(await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }));
const draft = async (person: Person, roomId: string) => {
  const response = await post(person, `/api/rooms/${roomId}/agreement/draft`);
  expect(response.statusCode, response.body).toBe(200);
  return json(response).agreement as { id: string; text: string };
};

describe('one-sided finalize', () => {
  it('proposes the text and counts as the proposer’s confirmation; the room waits for the other', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const proposed = await post(owner, `/api/rooms/${roomId}/finalize`, {
      agreement_text: AGREEMENT,
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const body = json(proposed);
    expect(body).toMatchObject({
      success: true,
      phase: 'active',
      agreement: { text: AGREEMENT },
      awaiting: [{ user_id: guest.user.id, name: 'John' }],
    });
    // Nothing is resolved on Sarah's word alone.
    expect((await getRoom(guest, roomId)).phase).toBe('active');
    const early = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution`,
      headers: guest.auth,
    });
    expect(early.statusCode).toBe(409);

    // John sees it as the open draft, with Sarah's confirmation, and confirms it himself.
    const open = (await getRoom(guest, roomId)).agreement_draft;
    expect(open).toMatchObject({ text: AGREEMENT, proposed_by: owner.user.id });
    expect(open.confirmations).toEqual([
      expect.objectContaining({ user_id: owner.user.id, decision: 'confirmed' }),
    ]);
    const second = await post(guest, `/api/rooms/${roomId}/finalize`, {
      agreement_text: AGREEMENT,
    });
    expect(json(second)).toMatchObject({ success: true, phase: 'resolved', awaiting: [] });
    expect((await getRoom(owner, roomId)).phase).toBe('resolved');
  });

  it('a different text from the other person is a new proposal, not an agreement', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await post(owner, `/api/rooms/${roomId}/finalize`, { agreement_text: AGREEMENT });
    const counter = json(
      await post(guest, `/api/rooms/${roomId}/finalize`, {
        agreement_text: 'John does the dishes on weekends only.',
      }),
    );
    expect(counter).toMatchObject({
      phase: 'active',
      awaiting: [{ user_id: owner.user.id }],
    });
    expect((await getRoom(owner, roomId)).phase).toBe('active');
  });
});

describe('confirming a replaced draft', () => {
  it('is refused over the API with a message that shows the current draft', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const first = await draft(owner, roomId);
    await post(owner, `/api/rooms/${roomId}/finalize`, {
      agreement_text: 'Sarah pays the rent on the 1st.',
    });
    const stale = await post(guest, `/api/rooms/${roomId}/agreement/${first.id}/confirm`);
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('draft_superseded');
    expect(json(stale).error.message).toContain('Sarah pays the rent on the 1st.');
    expect((await getRoom(owner, roomId)).phase).toBe('active');
  });

  it('is refused in WhatsApp: a tap on an older draft’s button confirms nothing', async () => {
    const maya = chatPhone(t.emulator.state, '+447700900611', 'Maya');
    const priya = await registerPerson(t.app, 'Priya');
    const { room } = await createRoom(t.app, priya, { title: 'Flat rota' });
    const roomId = room.id as string;
    await inviteByWhatsApp(t.app, priya, roomId, '+447700900611', 'Maya');
    await maya.expect('[template mediation_invite]');
    maya.say('ok');
    await maya.expect('Would you like to take part?');
    maya.say('yes');
    await maya.expect('what matters most to you');
    maya.say('A fair rota for the bathroom.');
    maya.say('I feel like I clean it every single week.');
    await answerScreening(maya, 'no');
    await maya.expect('The joint session with Priya has started');
    await eventually(async () => {
      const view = await getRoom(priya, roomId);
      return view.messages.some((m: { kind: string }) => m.kind === 'opening') ? view : undefined;
    });
    expect((await respond(t.app, priya, roomId, 'I will clean on even weeks.')).statusCode).toBe(
      200,
    );
    await maya.expect('Your turn');

    const older = await draft(priya, roomId);
    await maya.expect('Is this what you agree to?');
    // Priya asks for a new draft, which replaces the first, and confirms it at once.
    const current = await draft(priya, roomId);
    expect(current.id).not.toBe(older.id);
    await eventually(async () =>
      maya.received().some((m) => JSON.stringify(m.payload).includes(`draft:yes:${current.id}`))
        ? true
        : undefined,
    );
    expect(
      (await post(priya, `/api/rooms/${roomId}/agreement/${current.id}/confirm`)).statusCode,
    ).toBe(200);

    // Maya taps "Yes" on the first draft's message.
    const olderMessage = maya
      .received()
      .find((m) => JSON.stringify(m.payload).includes(`draft:yes:${older.id}`));
    expect(olderMessage).toBeDefined();
    t.emulator.state.sendFromPhone('+447700900611', {
      type: 'button_reply',
      button_reply: { id: `draft:yes:${older.id}`, title: 'Yes, I confirm' },
      context: { id: olderMessage!.id },
    });
    const refusal = await maya.expect('earlier draft');
    expect(textOf(refusal)).toContain(current.text);
    await new Promise((r) => setTimeout(r, 300));
    expect((await getRoom(priya, roomId)).phase).toBe('active');
    const open = (await getRoom(priya, roomId)).agreement_draft;
    expect(open.confirmations.map((c: { user_id: string }) => c.user_id)).toEqual([priya.user.id]);
  }, 60_000);
});

describe('the documents', () => {
  it('state who proposed and who confirmed the agreement, and when', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await post(owner, `/api/rooms/${roomId}/finalize`, { agreement_text: AGREEMENT });
    const open = (await getRoom(guest, roomId)).agreement_draft;
    const confirmed = await post(guest, `/api/rooms/${roomId}/agreement/${open.id}/confirm`);
    expect(json(confirmed)).toMatchObject({ resolved: true });

    const resolution = json(
      await t.app.inject({
        method: 'GET',
        url: `/api/rooms/${roomId}/resolution`,
        headers: owner.auth,
      }),
    );
    expect(resolution.agreement.confirmations.map((c: { user_id: string }) => c.user_id)).toEqual([
      owner.user.id,
      guest.user.id,
    ]);
    expect(resolution.agreement.proposed_by).toBe(owner.user.id);

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution.pdf`,
      headers: guest.auth,
    });
    const text = pdfText(pdf.rawPayload);
    expect(text).toMatch(/Proposed by Sarah/);
    expect(text).toMatch(/Sarah confirmed it on \d{1,2} \w+ \d{4} at \d{2}:\d{2} UTC/);
    expect(text).toMatch(/John confirmed it on \d{1,2} \w+ \d{4} at \d{2}:\d{2} UTC/);
    expect(text).not.toContain('Drafted with Meedi8’s AI mediator');
  });
});
