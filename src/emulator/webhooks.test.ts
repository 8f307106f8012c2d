import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from './start-emulator.js';
import { APP_SECRET, startReceiver, startWithReceiver, testOptions } from './test-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setup(overrides = {}) {
  const world = await startWithReceiver(overrides);
  cleanups.push(world.close);
  return world;
}

describe('webhook bytes and signature', () => {
  it('signs the exact bytes, which escape "/" and non-ASCII like Meta', async () => {
    const { state, receiver } = await setup();
    state.addPhone('+447700900001', { name: 'Zoë' });
    state.sendFromPhone('+447700900001', { type: 'text', text: 'Café / ok 👍' });
    await state.whenIdle();

    const [webhook] = receiver.received;
    const raw = webhook!.raw.toString('utf8');
    expect(raw).toContain('Caf\\u00e9 \\/ ok \\ud83d\\udc4d');
    expect(raw).toContain('"name":"Zo\\u00eb"');
    expect(/^[\x20-\x7e]*$/.test(raw)).toBe(true);
    const expected = `sha256=${createHmac('sha256', APP_SECRET).update(webhook!.raw).digest('hex')}`;
    expect(webhook!.headers['x-hub-signature-256']).toBe(expected);
    expect(webhook!.headers['x-hub-signature']).toMatch(/^sha1=[0-9a-f]{40}$/);
    expect(webhook!.headers['content-type']).toBe('application/json');
    // Re-serialising the parsed body gives other bytes: receivers must hash what they got.
    const reserialised = JSON.stringify(webhook!.json);
    expect(
      `sha256=${createHmac('sha256', APP_SECRET).update(reserialised).digest('hex')}`,
    ).not.toBe(expected);
    expect(webhook!.json.entry[0].changes[0].value.messages[0].text.body).toBe('Café / ok 👍');

    const [logged] = state.webhookLog;
    expect(logged!.body).toBe(raw);
    expect(logged!.signature).toBe(expected);
    expect(logged!.receiverStatus).toBe(200);
    expect(logged!.state).toBe('delivered');
  });

  it('retries a delivery the receiver did not answer with 200, then moves on in order', async () => {
    const { state, receiver } = await setup();
    receiver.answerWith(500, 503);
    state.sendFromPhone('+447700900002', { type: 'text', text: 'first' });
    state.sendFromPhone('+447700900002', { type: 'text', text: 'second' });
    await state.whenIdle();

    const bodies = receiver.messages().map((m) => m.text.body);
    expect(bodies).toEqual(['first', 'first', 'first', 'second']);
    const [first, second] = state.webhookLog;
    expect(first!.attempts.map((a) => a.status)).toEqual([500, 503, 200]);
    expect(first!.state).toBe('delivered');
    expect(second!.attempts).toHaveLength(1);
  });

  it('gives up after the last retry and marks the webhook failed', async () => {
    const { state, receiver } = await setup();
    receiver.answerWith(500, 500, 500);
    state.sendFromPhone('+447700900003', { type: 'text', text: 'lost' });
    await state.whenIdle();
    expect(state.webhookLog[0]!.state).toBe('failed');
    expect(state.webhookLog[0]!.attempts).toHaveLength(3);
  });

  it('keeps webhooks in the outbox until a URL is set, then sends them in order', async () => {
    const receiver = await startReceiver();
    const emulator = await startEmulator(testOptions({ webhookUrl: null }));
    cleanups.push(async () => {
      await emulator.close();
      await receiver.close();
    });
    emulator.state.sendFromPhone('+447700900004', { type: 'text', text: 'one' });
    emulator.state.sendFromPhone('+447700900004', { type: 'text', text: 'two' });
    await emulator.state.whenIdle();
    expect(emulator.state.webhookLog.map((w) => w.state)).toEqual(['outbox', 'outbox']);
    expect(receiver.received).toHaveLength(0);

    emulator.state.setWebhookUrl(receiver.url);
    await emulator.state.whenIdle();
    expect(receiver.messages().map((m) => m.text.body)).toEqual(['one', 'two']);
    expect(emulator.state.webhookLog.map((w) => w.state)).toEqual(['delivered', 'delivered']);
  });

  it('sends nothing while the app is unsubscribed from the WABA', async () => {
    const { state, receiver } = await setup();
    state.setSubscribed(false);
    state.sendFromPhone('+447700900005', { type: 'text', text: 'into the void' });
    await state.whenIdle();
    expect(receiver.received).toHaveLength(0);
    expect(state.webhookLog[0]!.state).toBe('unsubscribed');
  });
});
