/** The private screening is asked and answered in the person's own language. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('asks the screening questions and answers them in Portuguese for a Portuguese reader', async () => {
  const joana = await registerPerson(t.app, 'Joana');
  const chosen = await t.app.inject({
    method: 'PATCH',
    url: '/api/users/me',
    headers: joana.auth,
    payload: { locale: 'pt-BR' },
  });
  expect(chosen.statusCode, chosen.body).toBe(200);
  const { room } = await createRoom(t.app, joana, { title: 'Aluguel' }, { screened: false });

  const asked = await t.app.inject({
    method: 'GET',
    url: `/api/rooms/${room.id}/screening`,
    headers: joana.auth,
  });
  expect(asked.statusCode, asked.body).toBe(200);
  const body = asked.json();
  expect(body.intro).toContain('Suas respostas são privadas');
  expect(body.questions.map((q: { id: string }) => q.id)).toEqual([
    'afraid',
    'hurt',
    'control',
    'sexual',
    'children',
    'self_harm',
  ]);
  expect(body.questions[0].text).toBe(
    'Você às vezes tem medo da outra pessoa ou do que ela possa fazer?',
  );

  const answered = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${room.id}/screening`,
    headers: joana.auth,
    payload: {
      answers: Object.fromEntries(body.questions.map((q: { id: string }) => [q.id, 'no'])),
    },
  });
  expect(answered.statusCode, answered.body).toBe(200);
  expect(answered.json().message).toMatch(/^Obrigado\. É só isso\./);
});
