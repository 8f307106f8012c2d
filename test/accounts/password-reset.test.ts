/**
 * A forgotten password, attacked first: asking for a reset tells nobody whether an account
 * exists; a link works once and not after 30 minutes; the reset ends every earlier session; only
 * the link's hash is kept; limits stop floods per caller and per address; logs hold no address,
 * link or password. Then the WhatsApp way, inside the service window and outside it.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_RESET_REASON } from '../../src/domain/accounts/password-resets.js';
import { chatPhone, FAST_PAIR_RATE } from '../helpers/chat-phone.js';
import { type Person, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { verifyPhone } from '../helpers/verify-phone.js';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'a brand new sentence to remember';
/** Requests per caller address per minute in this file (each test calls from its own address). */
const PER_CALLER = 25;

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, callback) {
    lines.push(String(chunk));
    callback();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(
    { LOG_LEVEL: 'debug', AUTH_RATE_LIMIT_PER_MINUTE: String(PER_CALLER), ...FAST_PAIR_RATE.env },
    { logDestination: sink, emulator: FAST_PAIR_RATE.emulator },
  );
});
afterAll(async () => {
  await t?.close();
});

let caller = 0;
/** A caller address of its own, so one test's requests do not count against another's. */
const newCaller = () => `203.0.113.${++caller}`;

function ask(payload: Record<string, unknown>, from: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    payload,
    remoteAddress: from,
  });
}

function confirm(token: string, password: string, from: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset/confirm',
    payload: { token, password },
    remoteAddress: from,
  });
}

/** The reset link's secret from the newest reset email to `to`. */
async function linkEmailedTo(to: string): Promise<string> {
  const email = await eventually(() =>
    t.services.db
      .selectFrom('emails')
      .select('text_body')
      .where('to_address', '=', to)
      .where('reason', '=', PASSWORD_RESET_REASON)
      .orderBy('created_at', 'desc')
      .executeTakeFirst(),
  );
  const secret = /\/reset-password#token=([A-Za-z0-9_-]{43})/.exec(email.text_body)?.[1];
  expect(secret, email.text_body).toBeDefined();
  return secret!;
}

async function resetEmailsTo(to: string): Promise<number> {
  const rows = await t.services.db
    .selectFrom('emails')
    .select('id')
    .where('to_address', '=', to)
    .where('reason', '=', PASSWORD_RESET_REASON)
    .execute();
  return rows.length;
}

/** What a caller can observe of an answer: status, headers that are not per request, body. */
function observable(response: LightMyRequestResponse) {
  const { date: _date, 'x-request-id': _id, ...headers } = response.headers;
  return { status: response.statusCode, headers, body: response.body };
}

const me = (token: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/users/me',
    headers: { authorization: `Bearer ${token}` },
  });

describe('asking for a reset', () => {
  it('answers an unknown email exactly as a known one, and mails only the account', async () => {
    const sam = await registerPerson(t.app, 'Sam');
    const known = await ask({ email: sam.user.email!.toUpperCase() }, newCaller());
    const unknown = await ask({ email: 'nobody-here@example.com' }, newCaller());
    expect(known.statusCode).toBe(202);
    expect(observable(unknown)).toEqual(observable(known));
    expect(known.json()).toEqual({
      success: true,
      message: expect.stringContaining('If an account uses this email'),
    });
    expect(await resetEmailsTo(sam.user.email!)).toBe(1);
    expect(await resetEmailsTo('nobody-here@example.com')).toBe(0);
  });

  it('answers an unknown number exactly as a proven one, and a typed but unproven one gets nothing', async () => {
    const kim = await registerPerson(t.app, 'Kim');
    await verifyPhone(t, kim, '+447700900841');
    const claimant = await registerPerson(t.app, 'Claire');
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: claimant.auth,
      payload: { phone_number: '+447700900842' },
    });
    const proven = await ask({ phone: '07700 900841' }, newCaller());
    const unproven = await ask({ phone: '+447700900842' }, newCaller());
    const nobody = await ask({ phone: '+447700900843' }, newCaller());
    expect(proven.statusCode).toBe(202);
    expect(observable(unproven)).toEqual(observable(proven));
    expect(observable(nobody)).toEqual(observable(proven));
    // The proven number's account was told (by email: its window is closed); the claimant was not.
    expect(await resetEmailsTo(kim.user.email!)).toBe(1);
    expect(await resetEmailsTo(claimant.user.email!)).toBe(0);
  });

  it('refuses a body that names both, neither, or a number nobody could have, the same for everyone', async () => {
    const from = newCaller();
    expect((await ask({}, from)).statusCode).toBe(422);
    expect((await ask({ email: 'a@example.com', phone: '+447700900123' }, from)).statusCode).toBe(
      422,
    );
    const bad = await ask({ phone: '12' }, from);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toContain('country code');
  });
});

describe('using a link', () => {
  it('works once: the new password signs in, the old one and the link no longer do', async () => {
    const ana = await registerPerson(t.app, 'Ana');
    const from = newCaller();
    await ask({ email: ana.user.email }, from);
    const secret = await linkEmailedTo(ana.user.email!);

    const first = await confirm(secret, NEW_PASSWORD, from);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body.user).toMatchObject({ id: ana.user.id, email: ana.user.email });
    expect((await me(body.token)).statusCode).toBe(200);
    expect(first.headers['set-cookie']).toContain('meedi8_session=');

    const again = await confirm(secret, 'yet another long password', from);
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toEqual({
      code: 'password_reset_link_unusable',
      message: expect.stringContaining('Ask for a new one'),
    });
    const login = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: ana.user.email, password },
        remoteAddress: from,
      });
    expect((await login(PASSWORD)).statusCode).toBe(401);
    expect((await login(NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('fails once expired, and an unknown link fails the same way', async () => {
    const ben = await registerPerson(t.app, 'Ben');
    const from = newCaller();
    await ask({ email: ben.user.email }, from);
    const secret = await linkEmailedTo(ben.user.email!);
    await t.services.db
      .updateTable('password_resets')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', ben.user.id)
      .execute();
    const expired = await confirm(secret, NEW_PASSWORD, from);
    const unknown = await confirm('x'.repeat(43), NEW_PASSWORD, from);
    expect(expired.statusCode).toBe(410);
    expect(unknown.body).toBe(expired.body);
    expect(expired.json().error.code).toBe('password_reset_link_unusable');
  });

  it('a new password must follow the rules of registration', async () => {
    const short = await confirm('x'.repeat(43), 'short', newCaller());
    expect(short.statusCode).toBe(422);
  });

  it('ends every earlier session and token of the account, but no one else’s', async () => {
    const cat = await registerPerson(t.app, 'Cat');
    const other = await registerPerson(t.app, 'Dee');
    const from = newCaller();
    const secondDevice = (
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: cat.user.email, password: PASSWORD },
        remoteAddress: from,
      })
    ).json().token as string;
    expect((await me(cat.token)).statusCode).toBe(200);
    expect((await me(secondDevice)).statusCode).toBe(200);

    await ask({ email: cat.user.email }, from);
    const secret = await linkEmailedTo(cat.user.email!);
    // A second link asked for before the reset is spent with it.
    await ask({ email: cat.user.email }, from);
    const spare = await linkEmailedTo(cat.user.email!);
    const reset = await confirm(secret, NEW_PASSWORD, from);
    expect(reset.statusCode).toBe(200);

    expect((await me(cat.token)).statusCode).toBe(401);
    expect((await me(secondDevice)).statusCode).toBe(401);
    expect((await me(reset.json().token)).statusCode).toBe(200);
    expect((await me(other.token)).statusCode).toBe(200);
    expect((await confirm(spare, 'another long password', from)).statusCode).toBe(410);
    const live = await t.services.db
      .selectFrom('auth_tokens')
      .select('id')
      .where('user_id', '=', cat.user.id)
      .where('revoked_at', 'is', null)
      .execute();
    expect(live).toHaveLength(1);
  });

  it('keeps only the link’s hash: no stored row holds the secret itself', async () => {
    const eve = await registerPerson(t.app, 'Eve');
    await ask({ email: eve.user.email }, newCaller());
    const secret = await linkEmailedTo(eve.user.email!);
    const rows = await t.services.db
      .selectFrom('password_resets')
      .selectAll()
      .where('user_id', '=', eve.user.id)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.token_hash.equals(createHash('sha256').update(secret).digest())).toBe(true);
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(30 * 60 * 1000);
    const stored = JSON.stringify(rows, (_key, value) =>
      value?.type === 'Buffer' ? Buffer.from(value.data).toString('latin1') : value,
    );
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(Buffer.from(secret, 'base64url').toString('latin1'));
  });
});

describe('limits', () => {
  it('answers 429 after five requests for one email in an hour, from any callers, known or not', async () => {
    const fay = await registerPerson(t.app, 'Fay');
    for (const email of [fay.user.email!, 'no-account-here@example.com']) {
      const answers: number[] = [];
      for (let i = 0; i < 6; i++) answers.push((await ask({ email }, newCaller())).statusCode);
      expect(answers).toEqual([202, 202, 202, 202, 202, 429]);
      const refused = await ask({ email: email.toUpperCase() }, newCaller());
      expect(refused.json().error.code).toBe('rate_limited');
    }
    // The account itself was sent at most three links in the hour, whatever came in.
    expect(await resetEmailsTo(fay.user.email!)).toBe(3);
  });

  it('answers 429 to one caller asking about many addresses', async () => {
    const from = newCaller();
    const answers: number[] = [];
    for (let i = 0; i <= PER_CALLER; i++) {
      answers.push((await ask({ email: `scan-${i}@example.com` }, from)).statusCode);
    }
    expect(answers.slice(0, PER_CALLER).every((s) => s === 202)).toBe(true);
    expect(answers.at(-1)).toBe(429);
    const guesses: number[] = [];
    for (let i = 0; i <= PER_CALLER; i++) {
      guesses.push((await confirm(`guess-${i}`.padEnd(43, 'x'), NEW_PASSWORD, from)).statusCode);
    }
    expect(guesses.at(-1)).toBe(429);
  });
});

describe('by WhatsApp', () => {
  async function provenWithOpenWindow(phone: string, name: string): Promise<Person> {
    const person = await registerPerson(t.app, name);
    await verifyPhone(t, person, phone);
    const chat = chatPhone(t.emulator.state, phone, name);
    chat.say('Hello');
    await eventually(async () => {
      const contact = await t.services.db
        .selectFrom('whatsapp_contacts')
        .select('last_inbound_at')
        .where('wa_id', '=', phone.slice(1))
        .executeTakeFirst();
      return contact?.last_inbound_at ?? undefined;
    });
    return person;
  }

  it('inside the 24-hour window the link comes as a message, kept in storage only until sent', async () => {
    const phone = '+447700900851';
    const gil = await provenWithOpenWindow(phone, 'Gil');
    const from = newCaller();
    expect((await ask({ phone }, from)).statusCode).toBe(202);
    const text = await eventually(async () =>
      t.emulator.state
        .phone(phone)!
        .received.map((m) => JSON.stringify(m.payload))
        .find((p) => p.includes('reset-password#token=')),
    );
    const secret = /#token=([A-Za-z0-9_-]{43})/.exec(text)![1]!;
    expect(await resetEmailsTo(gil.user.email!)).toBe(0);
    const stored = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('whatsapp_messages')
        .select(['body', 'status'])
        .where('wa_id', '=', phone.slice(1))
        .where('reason', '=', PASSWORD_RESET_REASON)
        .executeTakeFirst();
      return row && row.status !== 'queued' && row.status !== 'sending' ? row : undefined;
    });
    expect(JSON.stringify(stored.body)).not.toContain(secret);

    const reset = await confirm(secret, NEW_PASSWORD, from);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().user.id).toBe(gil.user.id);
  });

  it('outside the window the link goes to the account’s email, which says why', async () => {
    const hal = await registerPerson(t.app, 'Hal');
    await verifyPhone(t, hal, '+447700900852');
    expect((await ask({ phone: '+44 7700 900852' }, newCaller())).statusCode).toBe(202);
    const email = await eventually(() =>
      t.services.db
        .selectFrom('emails')
        .select('text_body')
        .where('to_address', '=', hal.user.email!)
        .where('reason', '=', PASSWORD_RESET_REASON)
        .executeTakeFirst(),
    );
    expect(email.text_body).toContain('WhatsApp could not take the link just now');
    const sent = t.emulator.state.phone('+447700900852')!.received.map((m) => JSON.stringify(m));
    expect(sent.some((m) => m.includes('reset-password'))).toBe(false);
  });
});

describe('logs', () => {
  it('hold ids, never the email, number, link or password', async () => {
    const ivy = await registerPerson(t.app, 'Ivy');
    const phone = '+447700900861';
    await verifyPhone(t, ivy, phone);
    const from = newCaller();
    await ask({ email: ivy.user.email }, from);
    await ask({ phone }, from);
    await ask({ email: 'ghost-in-logs@example.com' }, from);
    const secret = await linkEmailedTo(ivy.user.email!);
    expect((await confirm(secret, NEW_PASSWORD, from)).statusCode).toBe(200);
    const all = lines.join('');
    expect(all).toContain(ivy.user.id);
    expect(all).toContain('password reset asked for');
    for (const forbidden of [
      ivy.user.email!,
      'ghost-in-logs',
      '7700900861',
      secret,
      NEW_PASSWORD,
      'reset-password#',
    ]) {
      expect(all, forbidden).not.toContain(forbidden);
    }
  });
});
