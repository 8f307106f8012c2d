/** Proving a phone number with a one-time code sent on WhatsApp (Meta's AUTHENTICATION template). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE } from '../helpers/chat-phone.js';
import { registerPerson } from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { codeReceivedBy, verifyPhone } from '../helpers/verify-phone.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

const send = (auth: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/users/me/phone-verification', headers: auth });
const confirm = (auth: Record<string, string>, code: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/users/me/phone-verification/confirm',
    headers: auth,
    payload: { code },
  });

describe('phone verification', () => {
  it('a code on WhatsApp, typed back, proves the number; the chat from it is then the account’s', async () => {
    const phone = '+447700900821';
    const sam = await registerPerson(t.app, 'Sam');
    const user = await verifyPhone(t, sam, phone, { whatsapp_opt_in: true });
    expect(user).toMatchObject({
      phone_number: phone,
      phone_number_verified: true,
      whatsapp_opt_in: true,
    });
    // The code went as Meta's authentication template with its copy-code button.
    const message = t.emulator.state.phone(phone)!.received.at(-1)!;
    expect(JSON.stringify(message.payload)).toContain('phone_verification_code');
    // Only a salted hash was kept, and the sent message no longer holds the code.
    const stored = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['body', 'status'])
      .where('wa_id', '=', phone.slice(1))
      .execute();
    expect(JSON.stringify(stored)).not.toMatch(/"\d{6}"/);

    const chat = chatPhone(t.emulator.state, phone, 'Sam');
    chat.say('Hi, I need help with my flatmate');
    const conversation = await eventually(() =>
      t.services.db
        .selectFrom('whatsapp_conversations')
        .select('user_id')
        .where('wa_id', '=', phone.slice(1))
        .executeTakeFirst(),
    );
    expect(conversation.user_id).toBe(sam.user.id);
  });

  it('wrong codes are counted, five spoil the code, and an expired code is refused', async () => {
    const phone = '+447700900822';
    t.emulator.state.addPhone(phone);
    const kim = await registerPerson(t.app, 'Kim');
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: kim.auth,
      payload: { phone_number: phone },
    });
    expect((await confirm(kim.auth, '123456')).json().error.code).toBe('phone_code_not_sent');
    expect((await send(kim.auth)).statusCode).toBe(200);
    const code = await codeReceivedBy(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await confirm(kim.auth, wrong);
    expect(first.statusCode).toBe(422);
    expect(first.json().error.message).toContain('4 tries left');
    for (let i = 0; i < 4; i++) await confirm(kim.auth, wrong);
    const spoiled = await confirm(kim.auth, code);
    expect(spoiled.statusCode).toBe(410);

    // Asking again at once is refused; a minute later a new code works, but not once expired.
    expect((await send(kim.auth)).json().error.code).toBe('phone_code_too_soon');
    await t.services.db
      .updateTable('phone_code_sends')
      .set({ sent_at: new Date(Date.now() - 120_000) })
      .where('user_id', '=', kim.user.id)
      .execute();
    const before = t.emulator.state.phone(phone)!.received.length;
    expect((await send(kim.auth)).statusCode).toBe(200);
    const fresh = await codeReceivedBy(t, phone, before);
    await t.services.db
      .updateTable('phone_verifications')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', kim.user.id)
      .execute();
    expect((await confirm(kim.auth, fresh)).statusCode).toBe(410);
    const me = json(await t.app.inject({ method: 'GET', url: '/api/users/me', headers: kim.auth }));
    expect(me).toMatchObject({ phone_number: phone, phone_number_verified: false });
  });

  it('limits codes per number across accounts, and sends none to a number that said STOP', async () => {
    const phone = '+447700900823';
    t.emulator.state.addPhone(phone);
    let refused = 0;
    for (let i = 0; i < 7; i++) {
      const someone = await registerPerson(t.app, 'Pest');
      await t.app.inject({
        method: 'PATCH',
        url: '/api/users/me',
        headers: someone.auth,
        payload: { phone_number: phone },
      });
      const response = await send(someone.auth);
      if (response.statusCode === 429) refused++;
    }
    expect(refused).toBe(2);

    const stopped = '+447700900824';
    const chat = chatPhone(t.emulator.state, stopped, 'Lou');
    chat.say('STOP');
    await chat.expect('You will not get any more messages');
    const lou = await registerPerson(t.app, 'Lou');
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: lou.auth,
      payload: { phone_number: stopped },
    });
    const response = await send(lou.auth);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('phone_number_opted_out');
  });

  it('a changed number waits for its own code and the old one stops being the account’s', async () => {
    const jo = await registerPerson(t.app, 'Jo');
    await verifyPhone(t, jo, '+447700900825');
    const changed = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: jo.auth,
      payload: { phone_number: '+447700900826' },
    });
    expect(json(changed)).toMatchObject({
      phone_number: '+447700900826',
      phone_number_verified: false,
    });
    const row = await t.services.db
      .selectFrom('users')
      .select(['phone_number', 'pending_phone_number'])
      .where('id', '=', jo.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ phone_number: null, pending_phone_number: '+447700900826' });
  });
});
