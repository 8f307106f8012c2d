import { afterEach, describe, expect, it } from 'vitest';
import { PHONE_NUMBER_ID, startWithReceiver, textMessage } from './test-support.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function setup(overrides = {}) {
  const world = await startWithReceiver(overrides);
  cleanups.push(world.close);
  return world;
}

const SEND = `/v23.0/${PHONE_NUMBER_ID}/messages`;

describe('sending free-form messages', () => {
  it('accepts a text inside the window and reports sent → delivered → read in order', async () => {
    const { state, receiver, graph } = await setup();
    state.addPhone('+447700900001', { name: 'Alex' });
    state.sendFromPhone('+447700900001', { type: 'text', text: 'hi' });

    const response = await graph('POST', SEND, textMessage('+44 7700 900001'));
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      messaging_product: 'whatsapp',
      contacts: [{ input: '+44 7700 900001', wa_id: '447700900001' }],
      messages: [
        { id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/=]+$/), message_status: 'accepted' },
      ],
    });
    const wamid = response.json.messages[0].id;
    await state.whenIdle();

    const statuses = receiver.statuses().filter((s) => s.id === wamid);
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
    expect(statuses[0]).toEqual({
      id: wamid,
      status: 'sent',
      timestamp: expect.stringMatching(/^\d{10}$/),
      recipient_id: '447700900001',
      pricing: {
        billable: false,
        pricing_model: 'PMP',
        category: 'service',
        type: 'free_customer_service',
      },
    });
    expect(statuses[1].pricing).toBeDefined();
    expect(statuses[2].pricing).toBeUndefined();

    const phone = state.phone('+447700900001')!;
    expect(phone.received).toHaveLength(1);
    expect(phone.received[0]).toMatchObject({ id: wamid, type: 'text', status: 'read' });
    expect(phone.received[0]!.payload).toEqual(textMessage('+44 7700 900001'));
    expect(phone.received[0]!.statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
  });

  it('waits for the phone to read when readMs is null', async () => {
    const { state, receiver, graph } = await setup({
      statusTiming: { sentMs: 5, deliveredMs: 10, readMs: null },
    });
    state.sendFromPhone('+447700900009', { type: 'text', text: 'hi' });
    const { json } = await graph('POST', SEND, textMessage('447700900009'));
    await state.whenIdle();
    expect(state.phone('+447700900009')!.received[0]!.status).toBe('delivered');
    expect(state.readByPhone('+447700900009')).toBe(1);
    await state.whenIdle();
    expect(
      receiver
        .statuses()
        .filter((s) => s.id === json.messages[0].id)
        .map((s) => s.status),
    ).toEqual(['sent', 'delivered', 'read']);
  });

  it('accepts free-form outside the 24-hour window, then fails it with 131047', async () => {
    const { state, receiver, graph } = await setup();
    state.addPhone('+447700900002');
    const response = await graph('POST', SEND, textMessage('447700900002'));
    expect(response.status).toBe(200);
    // The message never reaches the phone, so the phone cannot read it.
    expect(state.readByPhone('+447700900002')).toBe(0);
    await state.whenIdle();
    const [status] = receiver.statuses();
    expect(status.status).toBe('failed');
    expect(status.pricing).toBeUndefined();
    expect(status.errors).toEqual([
      {
        code: 131047,
        title: 'Re-engagement message',
        message: 'Re-engagement message',
        error_data: {
          details:
            'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
        },
        href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
      },
    ]);
  });

  it('closes the window 24 hours after the last message', async () => {
    const { state, receiver, graph } = await setup();
    state.sendFromPhone('+447700900003', { type: 'text', text: 'hello' });
    expect(state.phone('+447700900003')!.windowOpen).toBe(true);
    state.advanceTime(24 * 60 * 60 * 1000 + 1000);
    expect(state.phone('+447700900003')!.windowOpen).toBe(false);
    await graph('POST', SEND, textMessage('447700900003'));
    await state.whenIdle();
    expect(receiver.statuses()[0].errors[0].code).toBe(131047);
  });

  it('fails sends to unknown numbers, numbers not on WhatsApp and users who blocked the business with 131026', async () => {
    const { state, receiver, graph } = await setup();
    state.addPhone('+447700900004', { onWhatsApp: false });
    state.sendFromPhone('+447700900005', { type: 'text', text: 'hi' });
    state.blockBusiness('+447700900005');
    for (const to of ['447700900099', '447700900004', '447700900005']) {
      expect((await graph('POST', SEND, textMessage(to))).status).toBe(200);
    }
    await state.whenIdle();
    const failed = receiver.statuses();
    // Webhooks to different people may arrive in any order.
    expect(failed.map((s) => [s.recipient_id, s.status, s.errors[0].code]).sort()).toEqual([
      ['447700900004', 'failed', 131026],
      ['447700900005', 'failed', 131026],
      ['447700900099', 'failed', 131026],
    ]);
    expect(failed[0].errors[0].title).toBe('Message undeliverable');
  });

  it('validates like Meta: messaging_product, text length, buttons and lists', async () => {
    const { state, graph } = await setup();
    state.sendFromPhone('+447700900006', { type: 'text', text: 'hi' });
    const to = '447700900006';
    const product = await graph('POST', SEND, { ...textMessage(to), messaging_product: 'sms' });
    expect(product.status).toBe(400);
    expect(product.json.error).toMatchObject({ code: 100, type: 'OAuthException' });
    expect(product.json.error.fbtrace_id).toMatch(/^[\w-]{11}$/);

    const long = await graph('POST', SEND, textMessage(to, 'x'.repeat(4097)));
    expect(long.json.error.code).toBe(100);
    expect(long.json.error.message).toContain('4096');
    expect((await graph('POST', SEND, textMessage(to, 'x'.repeat(4096)))).status).toBe(200);

    const buttons = (list: { id: string; title: string }[]) => ({
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Ready to continue?' },
        action: { buttons: list.map((reply) => ({ type: 'reply', reply })) },
      },
    });
    const four = await graph(
      'POST',
      SEND,
      buttons([1, 2, 3, 4].map((n) => ({ id: `b${n}`, title: `B${n}` }))),
    );
    expect(four.status).toBe(400);
    expect(four.json.error).toMatchObject({
      code: 131009,
      message: '(#131009) Parameter value is not valid',
      error_data: {
        messaging_product: 'whatsapp',
        details: expect.stringContaining('buttons count'),
      },
    });
    const longTitle = await graph('POST', SEND, buttons([{ id: 'a', title: 'x'.repeat(21) }]));
    expect(longTitle.json.error.code).toBe(131009);

    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Room ${i}` }));
    const list = await graph('POST', SEND, {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick a room' },
        action: { button: 'Rooms', sections: [{ rows }] },
      },
    });
    expect(list.json.error.code).toBe(131009);
    expect(list.json.error.error_data.details).toContain('10');
  });

  it('limits throughput per second with 130429', async () => {
    const { state, graph } = await setup({ throughputPerSecond: 5 });
    const results: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await graph('POST', SEND, textMessage(`44770090010${i}`));
      results.push(r.status === 200 ? 0 : r.json.error.code);
    }
    expect(results).toEqual([0, 0, 0, 0, 0, 130429]);
    state.advanceTime(1001);
    expect((await graph('POST', SEND, textMessage('447700900199'))).status).toBe(200);
  });

  it('limits the pair rate to one user with 131056 after a small burst', async () => {
    const { state, graph } = await setup({ pairRateBurst: 3, pairRateIntervalMs: 6000 });
    state.sendFromPhone('+447700900007', { type: 'text', text: 'hi' });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await graph('POST', SEND, textMessage('447700900007', `part ${i}`));
      codes.push(r.status === 200 ? 0 : r.json.error.code);
    }
    expect(codes).toEqual([0, 0, 0, 131056]);
    // Another user is not affected; the same user can go again after the interval.
    expect((await graph('POST', SEND, textMessage('447700900008'))).status).toBe(200);
    state.advanceTime(6000);
    expect((await graph('POST', SEND, textMessage('447700900007'))).status).toBe(200);
  });

  it("tolerates Meta's burst of 45 to one user by default, which borrows from the time after it", async () => {
    const { state, graph } = await setup();
    state.sendFromPhone('+447700900009', { type: 'text', text: 'hi' });
    const send = async () => {
      const r = await graph('POST', SEND, textMessage('447700900009'));
      return r.status === 200 ? 0 : r.json.error.code;
    };
    const burst: number[] = [];
    for (let i = 0; i < 46; i++) burst.push(await send());
    expect(burst.filter((c) => c === 0)).toHaveLength(45);
    expect(burst.at(-1)).toBe(131056);
    // Borrowed: six seconds later one more goes, not a new burst.
    state.advanceTime(6000);
    expect([await send(), await send()]).toEqual([0, 131056]);
  });

  it('marks a user message read and shows the typing indicator', async () => {
    const { state, graph } = await setup();
    const first = state.sendFromPhone('+447700900010', { type: 'text', text: 'one' });
    const second = state.sendFromPhone('+447700900010', { type: 'text', text: 'two' });
    const read = await graph('POST', SEND, {
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: second,
      typing_indicator: { type: 'text' },
    });
    expect(read).toMatchObject({ status: 200, json: { success: true } });
    const phone = state.phone('+447700900010')!;
    expect(phone.typing).toBe(true);
    expect(phone.sent.map((m) => [m.id, m.readByBusiness])).toEqual([
      [first, true],
      [second, true],
    ]);
    await graph('POST', SEND, textMessage('447700900010'));
    expect(state.phone('+447700900010')!.typing).toBe(false);

    const unknown = await graph('POST', SEND, {
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: 'wamid.nope',
    });
    expect(unknown.status).toBe(400);
  });

  it('rejects sends to another phone number id', async () => {
    const { graph } = await setup();
    const r = await graph('POST', '/v23.0/999/messages', textMessage('447700900011'));
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 100, error_subcode: 33 });
  });
});

describe('reset', () => {
  it('forgets phones, chats, faults and webhooks but keeps templates and the URL', async () => {
    const { state, receiver, graph } = await setup();
    state.addTemplate({
      name: 'break_requested',
      language: 'en_GB',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'A pause in your mediation.' }],
    });
    state.sendFromPhone('+447700900030', { type: 'text', text: 'hi' });
    state.injectFault({ http: { status: 500, code: 131000 } });
    state.reset();
    expect(state.phones()).toEqual([]);
    expect(state.webhookLog).toEqual([]);
    expect(state.templates.map((t) => t.name)).toEqual(['break_requested']);
    state.sendFromPhone('+447700900030', { type: 'text', text: 'again' });
    expect((await graph('POST', SEND, textMessage('447700900030'))).status).toBe(200);
    await state.whenIdle();
    expect(receiver.messages().at(-1).text.body).toBe('again');
  });
});

describe('fault injection', () => {
  it('fails the next matching send over HTTP once, then sends normally', async () => {
    const { state, graph } = await setup();
    state.sendFromPhone('+447700900020', { type: 'text', text: 'hi' });
    state.injectFault({
      match: { to: '+447700900020', type: 'text' },
      http: { status: 500, code: 131000 },
    });
    const failed = await graph('POST', SEND, textMessage('447700900020'));
    expect(failed.status).toBe(500);
    expect(failed.json.error).toMatchObject({
      message: '(#131000) Something went wrong',
      type: 'OAuthException',
      code: 131000,
      error_data: { messaging_product: 'whatsapp', details: 'Something went wrong' },
    });
    const retried = await graph('POST', SEND, textMessage('447700900020'));
    expect(retried.status).toBe(200);
  });

  it('accepts and then fails by status, or answers late', async () => {
    const { state, receiver, graph } = await setup();
    state.sendFromPhone('+447700900021', { type: 'text', text: 'hi' });
    state.injectFault({
      asStatus: { code: 131049, title: 'Held back', details: 'Marketing limit' },
    });
    const accepted = await graph('POST', SEND, textMessage('447700900021'));
    expect(accepted.status).toBe(200);
    await state.whenIdle();
    expect(receiver.statuses()[0]).toMatchObject({
      status: 'failed',
      errors: [
        {
          code: 131049,
          title: 'Held back',
          message: 'Held back',
          error_data: { details: 'Marketing limit' },
        },
      ],
    });

    state.injectFault({ delayMs: 150 });
    const started = Date.now();
    expect((await graph('POST', SEND, textMessage('447700900021'))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('leaves non-matching sends alone', async () => {
    const { state, graph } = await setup();
    state.sendFromPhone('+447700900022', { type: 'text', text: 'hi' });
    state.injectFault({ match: { to: '447700900023' }, http: { status: 400, code: 131026 } });
    expect((await graph('POST', SEND, textMessage('447700900022'))).status).toBe(200);
    expect((await graph('POST', SEND, textMessage('447700900023'))).status).toBe(400);
  });
});
