/**
 * The chat as a conversation, through the emulator enforcing Meta's pair rate (scaled down: one
 * message per 150 ms on average, Meta's burst of 45): two people who each answer the moment the
 * mediator asks. Every relayed line reaches the other person in the order it happened, before
 * the mediator's answer to it; a message typed as the joint session started is not a turn; no
 * send is refused with 131056. The latency from the webhook to the other person's copy leaving
 * for Meta is measured and printed (the benchmark, `npm run bench:chat-latency`, records it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { answerScreening } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

type Phone = ReturnType<typeof chatPhone>;
const stream = (p: Phone) => p.received().map(textOf).join('\n\n');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const LINES = {
  sarah: [
    'When I come home to dishes in the sink I feel like I do everything alone.',
    'I would like us to agree who cooks on which days.',
    'I can take Mondays and Wednesdays if that helps.',
    'Thank you, that would make a real difference to me.',
  ],
  john: [
    'I work late on Tuesdays, so the evenings feel rushed for me.',
    'I can cook on Tuesdays and Thursdays if dinner can be later.',
    'Fridays we could get something in together.',
    'Then I think we have a plan for the week.',
  ],
};

describe('a two-person chat that feels like a conversation', () => {
  it('relays each line in order, before the mediator answers it, and keeps the hand-over', async () => {
    const sarah = chatPhone(t.emulator.state, '+447700900601', 'Sarah Jones');
    const john = chatPhone(t.emulator.state, '+447700900602', 'John Smith');

    sarah.say('Hi');
    await sarah.expect('What would you like to work through?');
    sarah.say('John and I keep arguing about cooking and it ends in shouting.');
    await sarah.expect(/\?/);
    sarah.say('INVITE +44 7700 900602 John');
    await sarah.expect('John at +447700900602');
    await sarah.tap('Send invite');
    await answerScreening(sarah, 'no');
    await sarah.expect('That is everything');

    await john.expect('[template mediation_invite]');
    john.say('Hi');
    await john.expect('Would you like to take part?');
    await john.tap('Yes, take part');
    await john.expect('what matters most to you');
    john.say('A fair split of the cooking.');
    john.say('I feel nobody sees how late I work.');
    // The screening, with the last answer and a "Yes" typed straight after it: the "Yes"
    // crosses the hand-over (written before John could read that the joint session started).
    for (let i = 1; i <= 6; i++) {
      await john.expect(`(${i}/6)`);
      if (i < 6) john.say('no');
    }
    john.say('no');
    john.say('Yes');
    await john.expect('The joint session with Sarah has started. Sarah goes first');
    await sarah.expect('The joint session with John has started. You go first');
    await eventually(async () =>
      stream(john).includes('started just as you wrote “Yes”') ? true : undefined,
    );

    // Turns: each answers the moment the mediator gives them the turn.
    const turns: { who: 'sarah' | 'john'; words: string }[] = [];
    for (let round = 0; round < LINES.sarah.length; round++) {
      for (const who of ['sarah', 'john'] as const) {
        const me = who === 'sarah' ? sarah : john;
        const asked = turns.filter((x) => x.who === who).length + 1;
        await eventually(
          async () => (count(stream(me), 'Your turn') >= asked ? true : undefined),
          60_000,
        ).catch((error: unknown) => {
          // What each phone saw, so a failure on a loaded machine can be read afterwards.
          console.error(
            `no turn ${asked} for ${who}\n--- sarah\n${stream(sarah)}\n--- john\n${stream(john)}`,
          );
          throw error;
        });
        const words = LINES[who][round]!;
        me.say(words);
        turns.push({ who, words });
      }
    }
    const lastWords = turns.at(-1)!.words;
    await eventually(async () => (stream(sarah).includes(`> ${lastWords}`) ? true : undefined));

    // Each line reached the other person before the mediator's answer to it.
    const { db } = t.services;
    const statements = await eventually(async () => {
      const rows = await db
        .selectFrom('messages as m')
        .leftJoin('messages as r', 'r.reply_to_message_id', 'm.id')
        .select(['m.body', 'm.source_ref', 'r.body as reply'])
        .where('m.author_kind', '=', 'participant')
        .where('m.visible_to_user_id', 'is', null)
        .orderBy('m.seq')
        .execute();
      return rows.length === turns.length && rows.every((r) => r.reply) ? rows : undefined;
    });
    expect(statements.map((s) => s.body)).toEqual(turns.map((x) => x.words));
    await eventually(async () => {
      const all = statements.every((s, i) =>
        stream(turns[i]!.who === 'sarah' ? john : sarah).includes(`Mediator:\n${s.reply}`),
      );
      return all ? true : undefined;
    }, 30_000);
    let lastPosition = -1;
    for (const [i, s] of statements.entries()) {
      const other = stream(turns[i]!.who === 'sarah' ? john : sarah);
      const words = other.indexOf(`> ${s.body}`);
      const answer = other.indexOf(`Mediator:\n${s.reply}`);
      expect(words, s.body).toBeGreaterThanOrEqual(0);
      expect(answer, s.body).toBeGreaterThan(words);
      // And in the order they happened, for the reader of both.
      if (turns[i]!.who === 'john') {
        expect(words).toBeGreaterThan(lastPosition);
        lastPosition = answer;
      }
    }
    // The crossed "Yes" never reached Sarah, and was not kept as John's turn.
    expect(stream(sarah)).not.toMatch(/John:\n> Yes/);

    // No send was refused for the pair rate.
    const refused = await db
      .selectFrom('whatsapp_messages')
      .select('id')
      .where('error_code', '=', 131056)
      .execute();
    expect(refused).toEqual([]);

    // Measured, not asserted tightly: webhook → the other person's copy accepted by Meta.
    const latencies: number[] = [];
    for (const [i, s] of statements.entries()) {
      const inbound = await db
        .selectFrom('whatsapp_inbound_messages')
        .select('received_at')
        .where('wamid', '=', s.source_ref!)
        .executeTakeFirstOrThrow();
      const otherWaId = turns[i]!.who === 'sarah' ? '447700900602' : '447700900601';
      const copies = await db
        .selectFrom('whatsapp_messages')
        .select(['accepted_at', 'body'])
        .where('wa_id', '=', otherWaId)
        .where('reason', '=', 'relay')
        .execute();
      const copy = copies.find((c) => JSON.stringify(c.body).includes(s.body.slice(0, 40)));
      latencies.push(copy!.accepted_at!.getTime() - inbound.received_at.getTime());
    }
    latencies.sort((a, b) => a - b);
    console.info(
      `webhook → other person's copy accepted: p50 ${latencies[Math.floor(latencies.length / 2)]} ms, max ${latencies.at(-1)} ms (${latencies.length} lines)`,
    );
    expect(latencies.at(-1)).toBeLessThan(20_000);
  }, 180_000);
});
