/**
 * Sign-in links (`/signin/:token`, sent in a person's WhatsApp chat) are secrets: they never
 * reach the request log, and only the page Meedi8 showed can use one (no login CSRF: another
 * site cannot sign a visitor in to someone else's mediation).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink } from '../../src/domain/accounts/sign-in-links.js';
import { newSecret } from '../../src/domain/accounts/tokens.js';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: capture, runWorker: false });
});
afterAll(async () => {
  await t?.close();
});

async function newLink(): Promise<{ secret: string; roomId: string }> {
  const ann = await registerPerson(t.app, 'Ann');
  const { room } = await createRoom(t.app, ann);
  const secret = await createSignInLink(t.services.db, ann.user.id, room.id);
  return { secret, roomId: room.id };
}

/** Opens the link's page as a browser would: the form check and the cookie that goes with it. */
async function openPage(secret: string): Promise<{ cookie: string; form: string }> {
  const page = await t.app.inject({ method: 'GET', url: `/signin/${secret}` });
  expect(page.statusCode).toBe(200);
  const cookie = page.cookies.find((c) => c.name === 'meedi8_signin_form')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/signin' });
  const value = /name="form_check" value="([^"]+)"/.exec(page.body)![1]!;
  return { cookie: `${cookie.name}=${cookie.value}`, form: `form_check=${value}` };
}

function post(secret: string, body: string, cookie?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/signin/${secret}`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
    },
    payload: body,
  });
}

describe('sign-in links', () => {
  it('never writes a sign-in, invite or other token to the request log', async () => {
    const { secret } = await newLink();
    const { cookie, form } = await openPage(secret);
    await post(secret, form, cookie);
    const other = newSecret();
    await t.app.inject({ method: 'GET', url: `/join/${other}` });
    await t.app.inject({ method: 'GET', url: `/api/join/${other}` });
    await t.app.inject({ method: 'GET', url: `/api/unknown/${other}/x` });
    const log = lines.join('');
    expect(log).toContain('/signin/[redacted]');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(other);
    // Ids stay: they are what the log is for.
    await t.app.inject({ method: 'GET', url: '/api/rooms/00000000-0000-4000-8000-000000000001' });
    expect(lines.join('')).toContain('/api/rooms/00000000-0000-4000-8000-000000000001');
  });

  it('a cross-site form post cannot use a link (login CSRF)', async () => {
    const { secret, roomId } = await newLink();
    // The attacker's page posts the victim's browser to the attacker's own link.
    const forged = await post(secret, '');
    expect(forged.statusCode).toBe(403);
    expect(forged.cookies.find((c) => c.name === 'meedi8_session')).toBeUndefined();
    const guessed = await post(secret, 'form_check=guess', 'meedi8_signin_form=other');
    expect(guessed.statusCode).toBe(403);

    // The link is not used up by the refused attempts: its owner can still open it.
    const { cookie, form } = await openPage(secret);
    const used = await post(secret, form, cookie);
    expect(used.statusCode).toBe(303);
    expect(used.headers.location).toBe(`/rooms/${roomId}`);
    expect(used.cookies.find((c) => c.name === 'meedi8_session')).toBeDefined();
  });
});
