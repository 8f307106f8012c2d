import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorPlugin } from './plugin.js';
import { EmulatorState } from './state.js';
import { PHONE_NUMBER_ID, startReceiver, TOKEN, testOptions } from './test-support.js';

// The sandbox mounts the emulator inside another app under a prefix; everything must still work.
const app = Fastify();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let state: EmulatorState;

beforeAll(async () => {
  receiver = await startReceiver();
  state = new EmulatorState(testOptions({ webhookUrl: receiver.url }));
  await app.register(emulatorPlugin, { ...state.options, state, prefix: '/emulator' });
  await app.ready();
});
afterAll(async () => {
  state.close();
  await app.close();
  await receiver.close();
});

describe('sandbox page and control API under a prefix', () => {
  it('serves a self-contained page that uses relative URLs', async () => {
    const page = await app.inject({ method: 'GET', url: '/emulator/phone' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain("'control/'");
    expect(page.body).not.toMatch(/(src|href)="\/(?!\/)/);
  });

  it('adds a phone, sends as it, shows the chat and taps a reply button', async () => {
    const added = await app.inject({
      method: 'POST',
      url: '/emulator/control/phones',
      payload: { number: '+44 7700 900001', name: 'Alex' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      e164: '+447700900001',
      name: 'Alex',
      windowOpen: false,
      chat: [],
    });

    const sent = await app.inject({
      method: 'POST',
      url: `/emulator/control/phones/${encodeURIComponent('+447700900001')}/messages`,
      payload: { type: 'text', text: 'Can we talk about chores?' },
    });
    expect(sent.statusCode).toBe(201);

    const business = await app.inject({
      method: 'POST',
      url: `/emulator/graph/v23.0/${PHONE_NUMBER_ID}/messages`,
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: {
        messaging_product: 'whatsapp',
        to: '447700900001',
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Shall we start?' },
          action: { buttons: [{ type: 'reply', reply: { id: 'start', title: 'Start' } }] },
        },
      },
    });
    expect(business.statusCode).toBe(200);
    await state.whenIdle();

    const phones = (await app.inject({ method: 'GET', url: '/emulator/control/phones' })).json();
    const chat = phones.phones[0].chat;
    expect(chat.map((m: { from: string }) => m.from)).toEqual(['phone', 'business']);
    expect(chat[1]).toMatchObject({
      status: 'read',
      display: { text: 'Shall we start?', replyButtons: [{ id: 'start', title: 'Start' }] },
    });

    const tap = await app.inject({
      method: 'POST',
      url: '/emulator/control/phones/447700900001/messages',
      payload: {
        type: 'button_reply',
        button_reply: { id: 'start', title: 'Start' },
        context: { id: chat[1].id },
      },
    });
    expect(tap.statusCode).toBe(201);
    await state.whenIdle();
    const tapped = receiver.messages().at(-1);
    expect(tapped.interactive.button_reply).toEqual({ id: 'start', title: 'Start' });
    expect(tapped.context.id).toBe(chat[1].id);

    const impossible = await app.inject({
      method: 'POST',
      url: '/emulator/control/phones/447700900001/messages',
      payload: { type: 'button_reply', button_reply: { id: 'never-sent' } },
    });
    expect(impossible.statusCode).toBe(400);
  });

  it('marks messages read and blocks the business', async () => {
    const read = await app.inject({
      method: 'POST',
      url: '/emulator/control/phones/447700900001/read',
      payload: {},
    });
    expect(read.json()).toEqual({ read: 0 });
    const block = await app.inject({
      method: 'POST',
      url: '/emulator/control/phones/447700900001/block',
      payload: { blocked: true },
    });
    expect(block.json()).toEqual({ blocked: true });
    expect(state.phone('447700900001')!.blocked).toBe(true);
    const missing = await app.inject({
      method: 'POST',
      url: '/emulator/control/phones/447700900999/read',
      payload: {},
    });
    expect(missing.statusCode).toBe(404);
  });
});
