/**
 * The join page and a person's language: the preview carries the language the inviter said the
 * other person reads; joining keeps a language picked on the page as the person's own choice,
 * else the invite's.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const csrf = { 'x-requested-with': 'meedi8' };

async function invitedIn(locale: string | null) {
  const sarah = await registerPerson(t.app, 'Sarah');
  const { room, inviteToken } = await createRoom(t.app, sarah);
  await t.services.db
    .updateTable('invites')
    .set({ recipient_locale: locale })
    .where('room_id', '=', room.id)
    .execute();
  return inviteToken;
}

it('shows the invite’s language on the join page, and gives it to the person who joins', async () => {
  const token = await invitedIn('pt-BR');
  const preview = await t.app.inject({ url: `/api/join/${token}` });
  expect(preview.json().recipient_locale).toBe('pt-BR');
  const joined = await t.app.inject({
    method: 'POST',
    url: `/api/join/${token}`,
    headers: csrf,
    payload: { name: 'Joana' },
  });
  expect(joined.statusCode).toBe(200);
  expect(joined.json().user).toMatchObject({ locale: 'pt-BR', locale_source: 'invite' });
});

it('keeps a language picked on the join page as the person’s own choice', async () => {
  const token = await invitedIn('ar');
  const joined = await t.app.inject({
    method: 'POST',
    url: `/api/join/${token}`,
    headers: csrf,
    payload: { name: 'Jo', locale: 'es-MX' },
  });
  expect(joined.json().user).toMatchObject({ locale: 'es-MX', locale_source: 'chosen' });
});

it('leaves the language unset when neither the inviter nor the person named one', async () => {
  const token = await invitedIn(null);
  const preview = await t.app.inject({ url: `/api/join/${token}` });
  expect(preview.json().recipient_locale).toBeNull();
  const joined = await t.app.inject({
    method: 'POST',
    url: `/api/join/${token}`,
    headers: csrf,
    payload: { name: 'Jo' },
  });
  expect(joined.json().user.locale_source).toBeNull();
});

it('keeps the browser’s language when nothing stronger is known, and never over the invite’s', async () => {
  const plain = await t.app.inject({
    method: 'POST',
    url: `/api/join/${await invitedIn(null)}`,
    headers: csrf,
    payload: { name: 'Joana', browser_locale: 'pt-BR' },
  });
  expect(plain.json().user).toMatchObject({ locale: 'pt-BR', locale_source: 'browser' });
  const invited = await t.app.inject({
    method: 'POST',
    url: `/api/join/${await invitedIn('ar')}`,
    headers: csrf,
    payload: { name: 'Amal', browser_locale: 'en-GB' },
  });
  expect(invited.json().user).toMatchObject({ locale: 'ar', locale_source: 'invite' });
});
