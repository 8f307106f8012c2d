/**
 * Typed answers where buttons are offered, through the emulator: an invite confirmed by typing
 * "send", a re-ask at most once, and a number cut short answered as such.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

const chat = (number: string, name: string) => chatPhone(t.emulator.state, number, name);
const readBacks = (number: string) =>
  (t.emulator.state.phone(number)?.received ?? []).filter((m) => textOf(m).includes('Send it?'))
    .length;

describe('typed answers to buttons', () => {
  it('says a number cut short looks incomplete, then sends the invite on a typed "Send"', async () => {
    const sam = chat('+447700900611', 'Sam');
    t.emulator.state.addPhone('+447700900612', { name: 'John' });
    sam.say('Hi');
    await sam.expect('What would you like to work through?');
    sam.say('INVITE 0770 John');
    await sam.expect('looks incomplete');
    sam.say('INVITE +44 7700 900612 John');
    await sam.expect('+447700900612');
    sam.say('Send');
    await sam.expect('Invite sent to John');
    const template = await eventually(async () =>
      t.emulator.state.phone('+447700900612')?.received.find((m) => m.type === 'template'),
    );
    expect(template).toBeDefined();
  });

  it('re-asks once, then takes the next message as what the person meant to say', async () => {
    const kim = chat('+447700900613', 'Kim');
    kim.say('Hi');
    await kim.expect('What would you like to work through?');
    kim.say('INVITE +44 7700 900614 Jo');
    await kim.expect('+447700900614');
    expect(readBacks('+447700900613')).toBe(1);
    kim.say('hmm, not sure');
    await eventually(async () => (readBacks('+447700900613') === 2 ? true : undefined));
    kim.say('Jo keeps borrowing the car without asking');
    await kim.expect('I have not sent the invite to Jo');
    // Nothing was sent, and the chat moved on instead of asking a third time.
    expect(t.emulator.state.phone('+447700900614')?.received ?? []).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(readBacks('+447700900613')).toBe(2);
    const stored = await t.services.db
      .selectFrom('messages')
      .select('body')
      .where('body', '=', 'Jo keeps borrowing the car without asking')
      .execute();
    expect(stored).toHaveLength(1);
  });
});
