/**
 * A person's language is found and kept: from the browser at sign-up, from what they write, from
 * their number's country as a last guess; their own choice in settings outlasts everything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localeOf,
  notePersonWriting,
  offerLocale,
} from '../../src/domain/accounts/person-locale.js';
import { registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function stored(userId: string) {
  return t.services.db
    .selectFrom('users')
    .select(['locale', 'locale_source'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

describe('each person’s language', () => {
  it('keeps the strongest source: country < browser < invite < written < chosen', async () => {
    const sarah = await registerPerson(t.app, 'Sarah');
    const db = t.services.db;
    expect(await offerLocale(db, sarah.user.id, 'pt-BR', 'country')).toBe(true);
    expect(await offerLocale(db, sarah.user.id, 'es-ES', 'invite')).toBe(true);
    expect(await offerLocale(db, sarah.user.id, 'pt-BR', 'country')).toBe(false);
    await notePersonWriting(
      db,
      sarah.user.id,
      'je ne sais plus quoi faire avec lui',
      '+33612345678',
    );
    expect(await stored(sarah.user.id)).toEqual({ locale: 'fr-FR', locale_source: 'written' });

    const chosen = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: sarah.auth,
      payload: { locale: 'de-DE' },
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    await notePersonWriting(
      db,
      sarah.user.id,
      'no sé qué hacer con mi ex, siempre llega tarde',
      null,
    );
    expect(await stored(sarah.user.id)).toEqual({ locale: 'de-DE', locale_source: 'chosen' });
    expect(localeOf(await stored(sarah.user.id))).toBe('de');
  });

  it('guesses from the number only when the words say nothing', async () => {
    const joana = await registerPerson(t.app, 'Joana');
    await notePersonWriting(t.services.db, joana.user.id, 'oi', '+5511987654321');
    expect(await stored(joana.user.id)).toEqual({ locale: 'pt-BR', locale_source: 'country' });
    await notePersonWriting(
      t.services.db,
      joana.user.id,
      'he never pays his half on time',
      '+5511987654321',
    );
    expect(localeOf(await stored(joana.user.id))).toBe('en-GB');
  });

  it('takes the browser’s language at sign-up', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        email: `ana-${Date.now()}@example.com`,
        password: 'correct horse battery',
        name: 'Ana',
        locale: 'es-MX',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await stored(response.json().user.id)).toEqual({
      locale: 'es-MX',
      locale_source: 'browser',
    });
  });
});
