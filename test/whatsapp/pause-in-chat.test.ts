/**
 * Through the emulator: a person following the mediation in WhatsApp hears the same when the
 * other person takes a break as when they pause for safety (no reason, no Resume button), and
 * RESUME gets the same answer in both cases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST_PAIR_RATE, type Received, textOf } from '../helpers/chat-phone.js';
import { respond } from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { webAndChat } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

type Payload = { interactive?: { action?: { buttons?: { reply: { title: string } }[] } } };

/** What the chat shows: each message's words and its buttons. */
const shown = (messages: Received[]) =>
  messages.map((m) => ({
    text: textOf(m).replace(/rooms\/[0-9a-f-]{36}/g, 'rooms/<room>'),
    buttons: (m.payload as Payload).interactive?.action?.buttons?.map((b) => b.reply.title) ?? [],
  }));

/** Priya (web) pauses one way; everything Sam's chat receives, then his RESUME and its answer. */
async function whatTheChatGets(number: string, pause: 'break' | 'safety') {
  const { person: sam, priya, roomId } = await webAndChat(t, number, 'Sam');
  // The opening has reached Sam; wait until his chat is quiet.
  await sam.expect('Mediator:', 60_000);
  await new Promise((r) => setTimeout(r, 1000));
  const before = sam.count();
  if (pause === 'break') {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: priya.auth,
      payload: { reason: 'I need ten minutes' },
    });
    expect(response.statusCode).toBe(200);
  } else {
    const response = await respond(
      t.app,
      priya,
      roomId,
      'He grabbed me by the throat last week and I am frightened of him.',
    );
    expect(json(response).safety_pause).toBe(true);
  }
  await sam.expect('paused');
  await new Promise((r) => setTimeout(r, 800));
  sam.say('RESUME');
  await eventually(async () => (sam.count() > before + 1 ? true : undefined));
  await new Promise((r) => setTimeout(r, 800));
  sam.say('STATUS');
  await sam.expect('“Bills”');
  await new Promise((r) => setTimeout(r, 500));
  return shown(sam.received().slice(before));
}

describe('a pause, as the other person hears it in WhatsApp', () => {
  it('is the same for a break and a safety pause, with no Resume button for them', async () => {
    const brk = await whatTheChatGets('+447700900701', 'break');
    const safety = await whatTheChatGets('+447700900702', 'safety');
    expect(safety).toEqual(brk);
    const all = JSON.stringify(brk);
    expect(all).toContain('The session is paused');
    expect(all).not.toMatch(/safety|helpline|frightened|ten minutes|"Resume"/i);
  }, 180_000);
});
