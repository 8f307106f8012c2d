/**
 * The business number opens only so many conversations a day, for everyone. WhatsApp invites go
 * out on one person's word, so one person, or a crowd of brand-new accounts, cannot use up that
 * allowance: each person gets a share, and new accounts together get a share.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoom, type Person, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // A daily limit of 20: one person and all new accounts may each use 3 invites a day.
  // With the worker running, each invite goes out at once (200) instead of waiting for one.
  t = await startTestApp({ WHATSAPP_DAILY_CONVERSATION_LIMIT: '20' });
});
afterAll(async () => {
  await t?.close();
});

let phone = 447700900700;
/** 200 when sent, 202 when still queued: either way the share allowed it. */
const ALLOWED = [200, 202];

async function invite(person: Person) {
  const { room } = await createRoom(t.app, person);
  phone += 1;
  return t.app.inject({
    method: 'POST',
    url: `/api/rooms/${room.id}/invite-whatsapp`,
    headers: person.auth,
    payload: { phone_number: `+${phone}`, recipient_name: 'Sam' },
  });
}

async function age(person: Person, days: number) {
  await t.services.db
    .updateTable('users')
    .set({ created_at: sql`now() - make_interval(days => ${days})` })
    .where('id', '=', person.user.id)
    .execute();
}

describe('a daily share of WhatsApp invites', () => {
  it('one person cannot spend the number’s daily allowance', async () => {
    const eve = await registerPerson(t.app, 'Eve');
    await age(eve, 60);
    for (let i = 0; i < 3; i++) expect(ALLOWED).toContain((await invite(eve)).statusCode);
    const fourth = await invite(eve);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().error).toMatchObject({
      code: 'invite_rate_limited',
      message: expect.stringContaining('as one person can today'),
    });
  }, 90_000);

  it('new accounts together get a share; established accounts keep theirs', async () => {
    const newcomers = await Promise.all(
      ['Ann', 'Ben', 'Cat', 'Dan'].map((n) => registerPerson(t.app, n)),
    );
    for (const person of newcomers.slice(0, 3))
      expect(ALLOWED).toContain((await invite(person)).statusCode);
    const refused = await invite(newcomers[3]!);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toContain('New accounts');

    const olivia = await registerPerson(t.app, 'Olivia');
    await age(olivia, 30);
    expect(ALLOWED).toContain((await invite(olivia)).statusCode);
  }, 90_000);
});
