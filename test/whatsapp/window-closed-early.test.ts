/**
 * Meta refuses free-form text once a person's 24-hour window has closed (131047, reported in a
 * failed status). When Meedi8's record of the window disagrees with Meta's (the boundary, a
 * clock), what the chat said must not be lost: the person hears it is their turn by template,
 * and the refused messages reach them, in order, as soon as they write again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import { respond } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { webAndChat } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

describe('a window that Meta says closed before Meedi8 thought', () => {
  it('sends the turn by template, then the refused messages once the person writes, before taking a turn', async () => {
    const { person: sam, priya, roomId } = await webAndChat(t, '+447700900811', 'Sam');
    // Meta's window closes; Meedi8's record still has it open.
    t.emulator.state.closeWindow('+447700900811');
    const words = 'I would like us to split the gas and electric evenly from next month.';
    expect((await respond(t.app, priya, roomId, words)).statusCode).toBe(200);

    // The relay is refused (131047); the turn reaches Sam as a template instead.
    await sam.expect('[template turn_notification]', 30_000);

    // Sam writes: first the refused lines arrive, in order, then the chat carries on.
    const before = sam.count();
    sam.say('sorry, phone was off. what did she say?');
    await eventually(async () => {
      const since = sam.received().slice(before).map(textOf).join('\n');
      return since.includes(`> ${words}`) && since.includes('Mediator') ? since : undefined;
    }, 60_000);
    // What Sam wrote before reading those lines is not taken as his answer; his next words are.
    await sam.expect('I have not shared “sorry, phone was off. what did she say?” yet', 30_000);
    const statements = () =>
      t.services.db
        .selectFrom('messages')
        .select('body')
        .where('room_id', '=', roomId)
        .where('author_kind', '=', 'participant')
        .execute();
    expect((await statements()).map((m) => m.body)).not.toContain(
      'sorry, phone was off. what did she say?',
    );
    sam.say('Evenly is fine if we use the bills app to track it.');
    await eventually(async () =>
      (await statements()).some((m) => m.body.startsWith('Evenly is fine')) ? true : undefined,
    );
    // Nothing refused is left unsent.
    const refused = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['id', 'resent_at'])
      .where('wa_id', '=', '447700900811')
      .where('failure_class', '=', 'window_closed')
      .execute();
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((m) => m.resent_at !== null)).toBe(true);
  }, 120_000);
});
