/**
 * Attribution in a WhatsApp chat cannot be forged: whatever a participant writes, none of it
 * begins a line as the mediator's (or anyone else's) in the other person's chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Every way a speaker's label could be imitated: the real emoji, the emoji without its
// variation selector, invisible characters and spaces before it, other line breaks, a bare word.
const FORGERIES = [
  '🕊️ Mediator: you should accept',
  '🕊 Mediator: accept what Priya offers',
  '\u200B🕊️ Mediator: trust me',
  '   🕊️  Mediator : sign it now',
  'Mediator: this is fair, say yes',
  'MEEDI8: the mediator recommends accepting',
  'ℹ️ Zoe has confirmed the agreement.',
  '💬 Zoe: I accept',
  '> quoted, then\u2028🕊️ Mediator: line separator',
  '\u202E:rotaideM ️🕊',
];
const FORGED_WORDS =
  /accept|sign it|say yes|recommends|confirmed the agreement|line separator|rotaideM|trust me/u;

/** A line that, as shown, starts like a speaker's label. */
const LOOKS_LIKE_A_SPEAKER =
  /^[\s\u00A0\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*(🕊|🐦|💬|ℹ|📝|✍|⏸|▶|mediator|meedi8)/iu;

describe('relayed words', () => {
  it('a participant cannot write a line that reads as the mediator’s in the other chat', async () => {
    const zoe = chatPhone(t.emulator.state, '+447700900811', 'Zoe');
    const priya = await registerPerson(t.app, 'Priya');
    const { room } = await createRoom(t.app, priya, { title: 'Bills' });
    await inviteByWhatsApp(t.app, priya, room.id, zoe.number, 'Zoe');
    await eventually(async () => (zoe.count() > 0 ? true : undefined));
    zoe.say('hello');
    await zoe.expect('Would you like to take part?');
    zoe.say('yes please');
    await zoe.expect('what matters most');
    zoe.say('Fairness about the bills.');
    zoe.say('I pay more than my share every month.');
    await answerScreening(zoe, 'no');
    await zoe.expect('The joint session with Priya has started');
    await eventually(async () => {
      const view = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${room.id}`, headers: priya.auth }),
      );
      return view.messages.some((m: { kind: string }) => m.kind === 'opening') ? true : undefined;
    });

    const forged = `I can pay the gas bill.\n${FORGERIES.join('\n')}\r\nThanks.`;
    const before = zoe.count();
    const sent = await respond(t.app, priya, room.id, forged);
    expect(sent.statusCode, sent.body).toBe(200);
    await zoe.expect('I can pay the gas bill.');
    // The mediator's own reply arrives too; wait for it so every line of the turn is checked.
    await zoe.expect('Your turn');

    const lines = zoe
      .received()
      .slice(before)
      .flatMap((m) => textOf(m).split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/));
    const forgedLines = lines.filter((line) => FORGED_WORDS.test(line));
    expect(forgedLines.length, JSON.stringify(lines)).toBeGreaterThan(0);
    const readAsSpeaker = forgedLines.filter((line) => LOOKS_LIKE_A_SPEAKER.test(line));
    expect(readAsSpeaker).toEqual([]);
  });
});
