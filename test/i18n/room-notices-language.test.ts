/**
 * A notice both people see (the session paused, resumed, a draft confirmed or sent back) reads in
 * each person's own language, and the one who did not pause it still learns nothing of why.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translate } from '../../src/i18n/translate.js';
import { activeRoom, chooseLanguage, respond } from '../helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('shows the pause and the resume to each person in their language', async () => {
  const { owner: sarah, guest: joana, roomId } = await activeRoom(t.app);
  await chooseLanguage(t.app, joana, 'pt-BR');
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

it('shows who confirmed the draft and who asked for changes in each person’s language', async () => {
  const { owner: sarah, guest: joana, roomId } = await activeRoom(t.app);
  await chooseLanguage(t.app, joana, 'pt-BR');
  await respond(t.app, sarah, roomId, 'I will pay the electricity bill by the 5th each month.');
  await eventually(async () => {
    const room = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: joana.auth }),
    );
    return room.current_turn_user_id === joana.user.id ? room : undefined;
  });
  await respond(t.app, joana, roomId, 'Eu vou limpar a cozinha todo domingo.');
  const drafted = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/agreement/draft`,
    headers: sarah.auth,
  });
  expect(drafted.statusCode, drafted.body).toBe(200);
  const draftId = json(drafted).agreement.id;
  const confirmed = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/agreement/${draftId}/confirm`,
    headers: sarah.auth,
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const note = 'the bill should be paid by the 3rd';
  const changes = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/agreement/${draftId}/request-changes`,
    headers: joana.auth,
    payload: { note },
  });
  expect(changes.statusCode, changes.body).toBe(200);

  const notices = async (person: typeof sarah) =>
    json(await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }))
      .messages.filter((m: { author: string }) => m.author === 'system')
      .map((m: { text: string }) => m.text);
  const joanaReads = await notices(joana);
  const sarahName = sarah.user.name;
  const joanaName = joana.user.name;
  expect(joanaReads).toContain(
    translate('notices', 'pt-BR', 'room.draft_confirmed', { name: sarahName }),
  );
  expect(joanaReads).toContain(
    translate('notices', 'pt-BR', 'room.changes_asked', { name: joanaName, note }),
  );
  const sarahReads = await notices(sarah);
  expect(sarahReads).toContain(`${sarahName} confirmed the draft agreement.`);
  expect(sarahReads).toContain(`${joanaName} asked for changes to the draft: ${note}`);
});
