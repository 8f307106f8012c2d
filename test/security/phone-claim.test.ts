/**
 * The phone-claim attack, end to end through the emulator: a number typed into someone's
 * settings must not make them the person who writes from it, nor the one Meedi8's notices reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatPhone, FAST_PAIR_RATE, textOf } from '../helpers/chat-phone.js';
import {
  createRoom,
  inviteByWhatsApp,
  joinAsGuest,
  type Person,
  registerPerson,
} from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';
import { answerScreening } from '../helpers/web-and-chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

/** Mallory's second account claims `phone` in its settings, WhatsApp updates switched on. */
async function claimNumber(phone: string): Promise<Person> {
  const decoy = await registerPerson(t.app, 'Alice');
  const patched = await t.app.inject({
    method: 'PATCH',
    url: '/api/users/me',
    headers: decoy.auth,
    payload: { phone_number: phone, whatsapp_opt_in: true },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  return decoy;
}

/** Uses a sign-in link as a browser would (its form, any hidden fields and cookies included). */
async function signInWith(url: string): Promise<string> {
  const path = new URL(url).pathname;
  const page = await fetch(`${t.url}${path}`);
  const html = await page.text();
  const fields = new URLSearchParams();
  for (const m of html.matchAll(
    /<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g,
  )) {
    fields.set(m[1]!, m[2]!);
  }
  const pageCookie = page.headers.get('set-cookie')?.split(';')[0];
  const used = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(pageCookie ? { cookie: pageCookie } : {}),
    },
    body: fields.toString(),
    redirect: 'manual',
  });
  expect(used.status).toBe(303);
  return used.headers
    .getSetCookie()
    .find((c) => c.startsWith('meedi8_session='))!
    .split(';')[0]!;
}

describe('a number claimed in settings without proof', () => {
  it('does not hand Alice’s chat, intake or turns to the account that claimed her number', async () => {
    const ALICE = '+447700900801';
    const alice = chatPhone(t.emulator.state, ALICE, 'Alice Smith');
    const mallory = await registerPerson(t.app, 'Mallory');
    const decoy = await claimNumber(ALICE);
    const { room } = await createRoom(t.app, mallory, { title: 'Money' });
    await inviteByWhatsApp(t.app, mallory, room.id, ALICE, 'Alice');
    await alice.expect('[template mediation_invite]');

    alice.say('hello');
    await alice.expect('Would you like to take part?');
    alice.say('yes please');
    await alice.expect('what matters most');
    alice.say('PRIVATE: I am keen to keep the house.');
    alice.say('I have been paying the mortgage alone.');
    await answerScreening(alice, 'no');
    await alice.expect('The joint session with Mallory has started');

    const chat = await t.services.db
      .selectFrom('whatsapp_conversations')
      .select('user_id')
      .where('wa_id', '=', ALICE.slice(1))
      .executeTakeFirstOrThrow();
    expect(chat.user_id).not.toBe(decoy.user.id);
    const members = await t.services.db
      .selectFrom('participants')
      .select('user_id')
      .where('room_id', '=', room.id)
      .execute();
    expect(members.map((m) => m.user_id)).not.toContain(decoy.user.id);

    // In the browser, the claiming account sees nothing of Alice's mediation.
    const rooms = json(
      await t.app.inject({ method: 'GET', url: '/api/rooms', headers: decoy.auth }),
    );
    expect(rooms.rooms).toEqual([]);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${room.id}`,
      headers: decoy.auth,
    });
    expect(view.statusCode).toBe(403);
    expect(view.body).not.toContain('keen to keep the house');

    // LINK from Alice's phone signs Alice in, not the claiming account.
    alice.say('LINK');
    const message = await alice.expect('opens your mediation in a browser');
    const url = /http\S+\/signin\/[A-Za-z0-9_-]+/.exec(textOf(message))![0];
    const cookie = await signInWith(url);
    const me = await fetch(`${t.url}/api/users/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const signedIn = (await me.json()) as { id: string };
    expect(signedIn.id).not.toBe(decoy.user.id);
    expect(signedIn.id).toBe(chat.user_id);
  });

  it('does not attach a mediation Alice starts on her own to the claiming account', async () => {
    const ALICE = '+447700900802';
    const alice = chatPhone(t.emulator.state, ALICE, 'Alice Jones');
    const decoy = await claimNumber(ALICE);
    alice.say('Hi, my brother and I keep fighting about our dad’s care');
    await alice.expect(/What would you like|\?/);
    const chat = await eventually(() =>
      t.services.db
        .selectFrom('whatsapp_conversations')
        .select(['user_id', 'room_id'])
        .where('wa_id', '=', ALICE.slice(1))
        .executeTakeFirst(),
    );
    expect(chat.user_id).not.toBe(decoy.user.id);
    const rooms = json(
      await t.app.inject({ method: 'GET', url: '/api/rooms', headers: decoy.auth }),
    );
    expect(rooms.rooms).toEqual([]);
  });

  it('sends no notice to a number that has not proven itself, and the profile says it is unverified', async () => {
    const VICTIM = '+447700900803';
    t.emulator.state.addPhone(VICTIM, { name: 'Vic' });
    const decoy = await registerPerson(t.app, 'Mallory');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: decoy.auth,
      payload: { phone_number: VICTIM, whatsapp_opt_in: true },
    });
    expect(json(patched).phone_number).toBe(VICTIM);

    // News for the claiming account must not reach the victim's phone.
    const { inviteToken } = await createRoom(t.app, decoy, { title: 'Noise' });
    // Someone joining is news for the owner: a notice is due.
    await joinAsGuest(t.app, inviteToken, 'Gus');
    await eventually(async () => {
      const notice = await t.services.db
        .selectFrom('notices')
        .select(['sent_at', 'channel'])
        .where('user_id', '=', decoy.user.id)
        .where('sent_at', 'is not', null)
        .executeTakeFirst();
      return notice ?? undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    const toVictim = await t.services.db
      .selectFrom('whatsapp_messages')
      .select(['template_name', 'reason'])
      .where('wa_id', '=', VICTIM.slice(1))
      .execute();
    // Only ever the verification code, and only if someone asked for one.
    expect(toVictim.filter((m) => m.template_name !== 'phone_verification_code')).toEqual([]);
    const received = t.emulator.state.phone(VICTIM)!.received.map((m) => textOf(m as never));
    expect(received.filter((r) => !r.includes('phone_verification_code'))).toEqual([]);
    expect(json(patched).phone_number_verified).toBe(false);
  });
});
