/**
 * A whole mediation inside WhatsApp, through the emulator: two phones from "Hi" to a resolved
 * room, and the same with one person in the web room.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DraftAgreementRequest, MediatorRequest } from '../../src/mediator/mediator.js';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import { createRoom, inviteByWhatsApp, registerPerson, respond } from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { answerScreening } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

const phone = (number: string, name: string) => chatPhone(t.emulator.state, number, name);

async function roomOf(waId: string) {
  const row = await t.services.db
    .selectFrom('whatsapp_conversations')
    .select(['room_id', 'user_id', 'state'])
    .where('wa_id', '=', waId)
    .executeTakeFirstOrThrow();
  return row;
}

async function everySendAccepted(waIds: string[]) {
  // The pipeline's own record: each message has Meta's id and none failed.
  const rows = await eventually(async () => {
    const list = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['status', 'wamid', 'error_code'])
      .where('wa_id', 'in', waIds)
      .execute();
    return list.every((r) => r.status !== 'queued') ? list : undefined;
  });
  expect(rows.length).toBeGreaterThan(20);
  expect(rows.filter((r) => r.status === 'failed' || r.status === 'held')).toEqual([]);
  expect(rows.every((r) => r.wamid?.startsWith('wamid.'))).toBe(true);
}

describe('a mediation held entirely in WhatsApp', () => {
  it('runs two phones from "Hi" to a resolved room with the agreement link and PDF', async () => {
    const sarah = phone('+447700900501', 'Sarah Jones');
    const john = phone('+447700900502', 'John Smith');

    // First contact: the greeting says what Meedi8 is and is not, that it is private, how to stop.
    sarah.say('Hi');
    const greeting = await sarah.expect('What would you like to work through?');
    expect(JSON.stringify(greeting.payload)).toMatch(/AI mediator/);
    expect(JSON.stringify(greeting.payload)).toMatch(/not a therapist or a lawyer/);
    expect(JSON.stringify(greeting.payload)).toMatch(/STOP/);

    // Private intake: one question at a time.
    sarah.say('John and I keep arguing about the chores and it ends in shouting.');
    await sarah.expect(/\?/);
    sarah.say('I feel exhausted and unappreciated when I come home to a messy kitchen.');
    await sarah.expect(/\?/);

    // INVITE from the chat: read back, then sent, then delivered.
    sarah.say('INVITE +44 7700 900502 John');
    await sarah.expect('John at +447700900502');
    await sarah.tap('Send invite');
    await sarah.expect('Invite sent to John');
    // Sarah's private screening, while she waits (typed answers work as well as taps).
    await answerScreening(sarah, 'no');
    await sarah.expect('That is everything');
    const invite = await john.expect('[template mediation_invite]');
    expect(JSON.stringify(invite.payload)).toContain('Sarah');
    await eventually(async () =>
      sarah.received().map(textOf).join('\n').includes('Your invite was delivered to John')
        ? true
        : undefined,
    );

    // John answers the invite in the chat: consent, a short private intake, then the joint session.
    john.say('Hi, what is this?');
    await john.expect('Would you like to take part?');
    await john.tap('Yes, take part');
    await john.expect('what matters most to you');
    john.say('I want us to share the chores fairly without the nagging.');
    john.say('I feel nagged, and I need some quiet time when I get home from work.');
    await answerScreening(john, 'no');
    await john.expect('The joint session with Sarah has started');
    await sarah.expect('The joint session with John has started');
    const { room_id: roomId, user_id: sarahId } = await roomOf('447700900501');
    expect((await roomOf('447700900502')).room_id).toBe(roomId);
    await sarah.expect('Your turn');

    // Turn 1 (Sarah), relayed to John with attribution and the mediator's reply.
    sarah.say('When I come home to dishes in the sink I feel like I do everything alone.');
    await john.expect(/Sarah:\n> When I come home to dishes/);
    await john.expect('Mediator:');
    await john.expect('Your turn');

    // Sarah writes out of turn: kept, she is told, and it is shared on her turn.
    sarah.say('And the bins have not gone out for two weeks.');
    await sarah.expect('I have kept your message');

    // Turn 1 (John).
    john.say('I can do the dishes every evening if we agree on a quiet hour after work.');
    await sarah.expect(/John:\n> I can do the dishes/);
    await sarah.expect('I have now shared your earlier message');
    await john.expect(/Sarah:\n> And the bins/);
    await john.expect('Your turn');

    // BREAK and RESUME from the chat: Sarah hears only that the session is paused; John, who
    // paused it, gets the Resume button.
    john.say('BREAK need a minute');
    const sarahHears = await sarah.expect('The session is paused');
    expect(textOf(sarahHears)).not.toContain('need a minute');
    await john.expect('You paused the session');
    await john.tap('Resume');
    await sarah.expect('resumed');

    // Turn 2 (John), then turn 2 (Sarah).
    john.say('I will take the bins out every Tuesday evening.');
    await sarah.expect(/John:\n> I will take the bins out/);
    await sarah.expect('Your turn');
    sarah.say('I will give John a quiet hour after work, and I will cook on weekdays.');
    await john.expect(/Sarah:\n> I will give John a quiet hour/);
    await john.expect('Your turn');

    // AGREE: the draft goes to both with buttons; both confirm.
    sarah.say('AGREE');
    await sarah.expect('Draft agreement');
    await john.expect('Draft agreement');
    await john.expect('Is this what you agree to?');
    await sarah.expect('Is this what you agree to?');
    await sarah.tap('Yes, I confirm');
    await sarah.expect('Waiting for John');
    await john.tap('Yes, I confirm');

    // Both get their own agreement link and the PDF, and the offer of a check-in.
    const agreementLinks: string[] = [];
    for (const person of [sarah, john]) {
      const done = await person.expect('reached an agreement');
      const link = /http:\/\/[^\s"]+\/agreement\/[A-Za-z0-9_.-]+/.exec(textOf(done));
      expect(link, textOf(done)).not.toBeNull();
      agreementLinks.push(link![0]);
      await person.expect('check in with you in two weeks');
      const document = await eventually(async () =>
        person.received().find((m) => m.type === 'document'),
      );
      const filename = (document.payload as { document: { filename: string } }).document.filename;
      expect(filename).toMatch(/^meedi8-agreement-.*\.pdf$/);
    }
    const room = await t.services.db
      .selectFrom('rooms')
      .select(['phase'])
      .where('id', '=', roomId!)
      .executeTakeFirstOrThrow();
    expect(room.phase).toBe('resolved');
    // A WhatsApp-only person opens their agreement from the final link, no account needed,
    // and downloads its PDF from there.
    expect(agreementLinks[0]).not.toBe(agreementLinks[1]);
    const path = new URL(agreementLinks[1]!).pathname;
    const page = await fetch(`${t.url}${path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Your agreement');
    expect(html).toContain('agreed on');
    const pdf = await fetch(`${t.url}${path}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The same room everywhere: Sarah's WhatsApp words are in the room's shared messages.
    const shared = await t.services.db
      .selectFrom('messages')
      .select(['body', 'author_user_id'])
      .where('room_id', '=', roomId!)
      .where('visible_to_user_id', 'is', null)
      .where('author_kind', '=', 'participant')
      .execute();
    expect(shared.map((m) => m.body)).toEqual([
      'When I come home to dishes in the sink I feel like I do everything alone.',
      'I can do the dishes every evening if we agree on a quiet hour after work.',
      'And the bins have not gone out for two weeks.',
      'I will take the bins out every Tuesday evening.',
      'I will give John a quiet hour after work, and I will cook on weekdays.',
    ]);
    expect(shared[0]!.author_user_id).toBe(sarahId);

    // How the invite got on is Sarah's business only.
    expect(john.received().map(textOf).join('\n')).not.toMatch(/your invite/i);

    await everySendAccepted(['447700900501', '447700900502']);
  }, 90_000);

  it('works with one person in WhatsApp and the other in the web room', async () => {
    const maya = phone('+447700900511', 'Maya');
    const web = await registerPerson(t.app, 'Priya');
    // Priya (web) invites Maya by WhatsApp; Maya answers in her chat and joins there.
    const { room } = await createRoom(t.app, web, { title: 'Flat rota' });
    const roomId = room.id as string;
    await inviteByWhatsApp(t.app, web, roomId, '+447700900511', 'Maya');
    await maya.expect('[template mediation_invite]');
    maya.say('ok');
    await maya.expect('Would you like to take part?');
    maya.say('yes');
    await maya.expect('what matters most to you');
    maya.say('A fair rota for the bathroom.');
    maya.say('I feel like I clean it every single week.');
    await answerScreening(maya, 'no');
    await maya.expect('The joint session with Priya has started');

    // Priya speaks in the web room; Maya reads it in WhatsApp and answers there.
    await eventually(async () => {
      const room = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: web.auth }),
      );
      return room.messages.some((m: { kind: string }) => m.kind === 'opening') ? room : undefined;
    });
    expect(
      (await respond(t.app, web, roomId, 'I would like a weekly rota we both stick to.'))
        .statusCode,
    ).toBe(200);
    await maya.expect(/Priya:\n> I would like a weekly rota/);
    await maya.expect('Your turn');
    maya.say('I can clean the bathroom on odd weeks if you take even weeks.');
    const seen = await eventually(async () => {
      const room = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: web.auth }),
      );
      return room.current_turn_user_id === web.user.id &&
        room.messages.some((m: { text: string }) => m.text.startsWith('I can clean the bathroom'))
        ? room
        : undefined;
    });
    expect(seen.phase).toBe('active');
  }, 60_000);

  it('writes it up when both ask in plain words, applies a change asked without NO, and confirms', async () => {
    const requests: MediatorRequest[] = [];
    const mediator = t.services.mediator;
    const original = mediator.respond.bind(mediator);
    const spy = vi.spyOn(mediator, 'respond').mockImplementation(async (request, signal) => {
      requests.push(request);
      return original(request, signal);
    });
    try {
      const amy = phone('+447700900521', 'Amy Lee');
      const ben = phone('+447700900522', 'Ben Cole');
      amy.say('Hi');
      await amy.expect('What would you like to work through?');
      amy.say('Ben and I argue about the bins and the cooking.');
      await amy.expect(/\?/);
      amy.say('INVITE +44 7700 900522 Ben');
      await amy.expect('Ben at +447700900522');
      await amy.tap('Send invite');
      await answerScreening(amy, 'no');
      await amy.expect('That is everything');
      await ben.expect('[template mediation_invite]');
      ben.say('Hi');
      await ben.expect('Would you like to take part?');
      await ben.tap('Yes, take part');
      await ben.expect('what matters most to you');
      ben.say('A fair split of the jobs at home.');
      ben.say('I feel like the bins are always left to me.');
      await answerScreening(ben, 'no');
      await ben.expect('The joint session with Amy has started');
      await amy.expect('Your turn');

      amy.say('I will cook dinner on weekdays.');
      await ben.expect('Your turn');
      ben.say('I will take the bins out every Tuesday evening.');
      await amy.expect('Your turn');

      // Plain words from both: the first ask is passed on, the second gets the draft written.
      amy.say('Can we write up the agreement now?');
      await amy.expect('As soon as they are ready too');
      await ben.expect('Amy would like to write up the agreement now');
      ben.say("Yes, let's write it up");
      const first = await ben.expect('Draft agreement');
      expect(textOf(first)).toMatch(/bins/);
      await amy.expect('Is this what you agree to?');

      // A change written without NO is a change request, never a turn relayed to Amy.
      ben.say('The bins should be on Wednesday instead of Tuesday');
      await ben.expect('I have shared your change with Amy');
      await amy.expect('Ben asked for changes to the draft: The bins should be on Wednesday');
      // The new draft may come in the same message as the notice of the change (the relay joins
      // what is waiting), so it is looked for in everything Amy has.
      const second = await eventually(async () =>
        amy
          .received()
          .filter((m) => /Draft agreement[\s\S]*Wednesday/.test(textOf(m)))
          .at(-1),
      );
      expect(amy.received().map(textOf).join('\n')).not.toContain(
        'Ben:\n> The bins should be on Wednesday',
      );
      const redraft = requests.filter(
        (r): r is DraftAgreementRequest => r.kind === 'draft_agreement',
      );
      expect(redraft).toHaveLength(2);
      // The relay may have joined the draft to the mediator's last reply: compare the draft alone.
      const firstDraft = textOf(first).split('📝 Draft agreement\n\n')[1]?.split('\n\n🕊️')[0];
      expect(redraft[1]!.previousDraft?.text).toBe(firstDraft);
      expect(redraft[1]!.changeRequests).toEqual([
        {
          participantId: expect.any(String),
          note: 'The bins should be on Wednesday instead of Tuesday',
        },
      ]);
      // The new draft shows the change.
      expect(textOf(second)).toMatch(/Draft agreement/);
      expect(textOf(second)).toMatch(/Wednesday/);

      await ben.expect('Is this what you agree to?');
      amy.say('looks good to me');
      await amy.expect('Waiting for Ben');
      ben.say('ok');
      for (const person of [amy, ben]) await person.expect('reached an agreement');
      const { room_id: roomId } = await roomOf('447700900521');
      const room = await t.services.db
        .selectFrom('rooms')
        .select('phase')
        .where('id', '=', roomId!)
        .executeTakeFirstOrThrow();
      expect(room.phase).toBe('resolved');
      const document = await eventually(async () =>
        amy.received().find((m) => m.type === 'document'),
      );
      const caption = (document.payload as { document: { caption: string } }).document.caption;
      expect(caption).toMatch(/Amy confirmed it on .* UTC; Ben confirmed it on .* UTC\./);
    } finally {
      spy.mockRestore();
    }
  }, 90_000);
});
