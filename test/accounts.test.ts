import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPerson } from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const register = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/auth/register', payload: payload as object });
const login = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object });

describe('POST /api/auth/register', () => {
  it('creates an account and returns a token, the user and a session cookie', async () => {
    const response = await register({
      email: 'Maya@Example.com',
      password: 'a long enough secret',
      name: 'Maya',
    });
    expect(response.statusCode).toBe(201);
    const body = json(response);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({
      email: 'Maya@Example.com',
      name: 'Maya',
      is_guest: false,
      phone_number: null,
      whatsapp_opt_in: false,
      notification_frequency: 'realtime',
      locale: 'en',
    });
    expect(body.user).not.toHaveProperty('password_hash');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toContain('meedi8_session=');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('stores only a hash of the password and of the token', async () => {
    const response = await register({
      email: 'hash@example.com',
      password: 'another long secret',
      name: 'Hash',
    });
    const { token, user } = json(response);
    const row = await t.services.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('another long secret');
    const tokens = await t.services.db
      .selectFrom('auth_tokens')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.token_hash.toString('base64url')).not.toBe(token);
  });

  it('refuses an email that is taken, whatever its case', async () => {
    await register({ email: 'taken@example.com', password: 'a long enough secret', name: 'One' });
    const response = await register({
      email: 'TAKEN@example.com',
      password: 'a long enough secret',
      name: 'Two',
    });
    expect(response.statusCode).toBe(409);
    expect(json(response).error.code).toBe('email_taken');
  });

  it.each([
    ['missing fields', { email: 'x@example.com' }],
    ['a short password', { email: 'x@example.com', password: 'short', name: 'X' }],
    ['a malformed email', { email: 'not-an-email', password: 'a long enough secret', name: 'X' }],
    ['wrong types', { email: 'x@example.com', password: 12345678901, name: ['X'] }],
    ['an empty name', { email: 'x@example.com', password: 'a long enough secret', name: '' }],
    [
      'unknown fields',
      { email: 'x@example.com', password: 'a long enough secret', name: 'X', admin: true },
    ],
  ])('refuses %s with a 422', async (_case, payload) => {
    const response = await register(payload);
    expect(response.statusCode).toBe(422);
    expect(json(response).error).toEqual({
      code: 'validation_failed',
      message: expect.any(String),
    });
  });
});

describe('POST /api/auth/login', () => {
  it('signs in with the right password (email in any case)', async () => {
    await register({ email: 'lee@example.com', password: 'lee has a secret', name: 'Lee' });
    const response = await login({ email: 'LEE@example.com', password: 'lee has a secret' });
    expect(response.statusCode).toBe(200);
    expect(json(response).user.name).toBe('Lee');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: `Bearer ${json(response).token}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    await register({ email: 'kim@example.com', password: 'kim has a secret', name: 'Kim' });
    const wrong = await login({ email: 'kim@example.com', password: 'not the secret' });
    const unknown = await login({ email: 'nobody@example.com', password: 'kim has a secret' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(json(wrong)).toEqual(json(unknown));
    expect(json(wrong).error.code).toBe('invalid_credentials');
  });
});

describe('tokens and sessions', () => {
  it('needs a token for /api/users/me', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/users/me' });
    expect(none.statusCode).toBe(401);
    expect(json(none).error.code).toBe('unauthenticated');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: 'Bearer nonsense-token-that-is-long' },
    });
    expect(bad.statusCode).toBe(401);
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: 'Basic abc' },
    });
    expect(malformed.statusCode).toBe(401);
  });

  it('logout revokes the token', async () => {
    const person = await registerPerson(t.app, 'Ana');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: person.auth,
    });
    expect(out.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: person.auth });
    expect(me.statusCode).toBe(401);
  });

  it('accepts the session cookie, and asks cookie writes for the anti-forgery header', async () => {
    const person = await registerPerson(t.app, 'Cookie');
    const cookies = { meedi8_session: person.token };
    const read = await t.app.inject({ method: 'GET', url: '/api/users/me', cookies });
    expect(read.statusCode).toBe(200);
    const forged = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      cookies,
      payload: { name: 'Evil' },
    });
    expect(forged.statusCode).toBe(403);
    expect(json(forged).error.code).toBe('csrf_header_missing');
    const real = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      cookies,
      headers: { 'x-requested-with': 'meedi8' },
      payload: { name: 'Cookie Monster' },
    });
    expect(real.statusCode).toBe(200);
    expect(json(real).name).toBe('Cookie Monster');
  });
});

describe('PATCH /api/users/me', () => {
  it('updates name, locale and notification frequency', async () => {
    const person = await registerPerson(t.app, 'Pat');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: person.auth,
      payload: { name: 'Patricia', locale: 'en-GB', notification_frequency: 'daily' },
    });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      name: 'Patricia',
      locale: 'en-GB',
      notification_frequency: 'daily',
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: person.auth });
    expect(json(me).name).toBe('Patricia');
  });

  it('stores phone numbers as E.164 from any common writing', async () => {
    const person = await registerPerson(t.app, 'Phone');
    for (const [input, stored] of [
      ['+44 7700 900123', '+447700900123'],
      ['+447700900124', '+447700900124'],
      ['07700 900125', '+447700900125'],
      ['+1 (415) 555-2671', '+14155552671'],
    ]) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/users/me',
        headers: person.auth,
        payload: { phone_number: input },
      });
      expect(response.statusCode, input).toBe(200);
      expect(json(response).phone_number).toBe(stored);
    }
  });

  it.each([['12'], ['+44 20 7946 0958'], ['not a number']])(
    'refuses %s as a mobile number with a 422',
    async (input) => {
      const person = await registerPerson(t.app, 'Bad');
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/users/me',
        headers: person.auth,
        payload: { phone_number: input },
      });
      expect(response.statusCode).toBe(422);
      expect(json(response).error.message).toContain('mobile');
    },
  );

  it('records WhatsApp opt-in with its time, and needs a phone number first', async () => {
    const person = await registerPerson(t.app, 'Opt');
    const early = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: person.auth,
      payload: { whatsapp_opt_in: true },
    });
    expect(early.statusCode).toBe(422);
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: person.auth,
      payload: { phone_number: '+447700900321', whatsapp_opt_in: true },
    });
    expect(response.statusCode).toBe(200);
    expect(json(response).whatsapp_opt_in).toBe(true);
    expect(Date.parse(json(response).whatsapp_opt_in_at)).toBeGreaterThan(Date.now() - 60_000);
    const changed = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: person.auth,
      payload: { phone_number: '+447700900322' },
    });
    expect(json(changed).whatsapp_opt_in).toBe(false);
  });

  it.each([
    ['an unknown frequency', { notification_frequency: 'weekly' }],
    [
      'bad quiet hours',
      { quiet_hours: { start: '25:00', end: '07:00', time_zone: 'Europe/London' } },
    ],
    [
      'an unknown time zone',
      { quiet_hours: { start: '22:00', end: '07:00', time_zone: 'Mars/Base' } },
    ],
    ['an empty change', {}],
    ['a wrong type', { name: 42 }],
  ])('refuses %s with a 422', async (_case, payload) => {
    const person = await registerPerson(t.app, 'Val');
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: person.auth,
      payload,
    });
    expect(response.statusCode).toBe(422);
  });
});

describe('rate limits', () => {
  it('limits login attempts per address with a 429 in the usual shape', async () => {
    const limited = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'a@example.com', password: 'whatever1' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(json(blocked).error.code).toBe('rate_limited');
      expect(blocked.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });
});
