/**
 * A notice both people see (the session paused, resumed) reads in each person's own language,
 * and the one who did not pause it still learns nothing of why.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activeRoom } from '../helpers/factories.js';
import { json, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('shows the pause and the resume to each person in their language', async () => {
  const { owner: sarah, guest: joana, roomId } = await activeRoom(t.app);
  await t.services.db
    .updateTable('users')
    .set({ locale: 'pt-BR', locale_source: 'chosen' })
    .where('id', '=', joana.user.id)
    .execute();
  const paused = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/break`,
    headers: sarah.auth,
    payload: { reason: 'I need a minute to think' },
  });
  expect(paused.statusCode, paused.body).toBe(200);
  const resumed = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/resume`,
    headers: sarah.auth,
  });
  expect(resumed.statusCode, resumed.body).toBe(200);

  const notices = async (person: typeof sarah) =>
    json(await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }))
      .messages.filter((m: { author: string }) => m.author === 'system')
      .map((m: { text: string }) => m.text);
  const joanaReads = await notices(joana);
  expect(joanaReads).toContain(
    'A sessão está pausada por enquanto. Você não precisa fazer nada: se ela continuar, você vai receber uma mensagem aqui.',
  );
  expect(joanaReads.some((text: string) => /retomou a sessão/.test(text))).toBe(true);
  expect(joanaReads.join('\n')).not.toContain('I need a minute');
  const sarahReads = await notices(sarah);
  expect(sarahReads.some((text: string) => text.startsWith('The session is paused for now.'))).toBe(
    true,
  );
  expect(sarahReads.some((text: string) => /resumed the session/.test(text))).toBe(true);
});
