/** Logs carry ids, never phone numbers, message text, tokens or invite links. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE } from './helpers/chat-phone.js';
import { activeRoom, registerPerson, respond } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, callback) {
    lines.push(String(chunk));
    callback();
  },
});

let t: TestApp;
beforeAll(async () => {
  // Meta's pair rate (about one message per 6 s to a person) scaled down for the chat test.
  t = await startTestApp(
    { LOG_LEVEL: 'debug', ...FAST_PAIR_RATE.env },
    { logDestination: sink, emulator: FAST_PAIR_RATE.emulator },
  );
});
afterAll(async () => {
  await t?.close();
});

describe('logs', () => {
  it('hold request ids and user ids but no personal content or secrets', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const secretWords = 'The secret about the holiday money is not for logs.';
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: owner.auth,
      payload: { phone_number: '+447700900777' },
    });
    await respond(t.app, owner, roomId, secretWords);
    await respond(t.app, guest, roomId, 'Threats aside, I hate this: I want to die some days.');
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'x@example.com', password: 'password-in-logs?' },
    });

    const all = lines.join('');
    expect(all).toContain(roomId);
    expect(all).toContain('"reqId"');
    for (const forbidden of [
      secretWords,
      'holiday money',
      'want to die',
      '7700900777',
      'password-in-logs?',
      owner.token,
      guest.token,
      'Bearer ',
    ]) {
      expect(all, forbidden).not.toContain(forbidden);
    }
    expect(all).not.toMatch(/\/join\/[A-Za-z0-9_-]{43}/);
  });

  it('keep phone numbers and message text out of the WhatsApp flows too', async () => {
    const owner = await registerPerson(t.app, 'Sarah');
    const room = (
      await t.app.inject({
        method: 'POST',
        url: '/api/rooms',
        headers: owner.auth,
        payload: { title: 'Private' },
      })
    ).json();
    const phone = '+447700900666';
    t.emulator.state.addPhone(phone, { name: 'Secret Name' });
    await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-whatsapp`,
      headers: owner.auth,
      payload: { phone_number: phone },
    });
    t.emulator.state.sendFromPhone(phone, { type: 'text', text: 'my private whatsapp words' });
    await new Promise((r) => setTimeout(r, 1500));
    const all = lines.join('');
    for (const forbidden of ['7700900666', 'private whatsapp words', 'Secret Name']) {
      expect(all, forbidden).not.toContain(forbidden);
    }
  });

  it('keep the mediation held in a WhatsApp chat out of the logs', async () => {
    const phone = chatPhone(t.emulator.state, '+447700900654', 'Ingrid Secretname');
    phone.say('Hi');
    await phone.expect('What would you like to work through?');
    phone.say('My brother never pays back the loan for the boat.');
    await phone.expect(/\?/);
    phone.say('INVITE +44 7700 900655 Dagny');
    await phone.expect('Send it?');
    await phone.tap('Send invite');
    await phone.expect('Invite sent to Dagny');
    const all = lines.join('');
    for (const forbidden of [
      '7700900654',
      '7700 900654',
      '7700900655',
      '7700 900655',
      'loan for the boat',
      'Secretname',
      'Dagny',
    ]) {
      expect(all, forbidden).not.toContain(forbidden);
    }
  });
});
