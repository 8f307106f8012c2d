/**
 * A whole mediation through the emulator with each person in their own language: Sarah in
 * English in the web room (the HTTP API), Joana in Brazilian Portuguese in WhatsApp from a +55
 * number. Everything Joana is sent — the invite template, the intake, the private questions,
 * the turns, the pause and resume, the draft, the agreement and its PDF — is checked against the
 * Portuguese catalogue, and none of it may carry an English catalogue text; Sarah reads English.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Namespace } from '../../src/i18n/catalogue-types.js';
import { catalogue } from '../../src/i18n/catalogues.js';
import { englishRuns, runsFoundIn, wordsOf } from '../helpers/catalogue-words.js';
import { chatPhone, FAST_PAIR_RATE, type Received, textOf } from '../helpers/chat-phone.js';
import { createRoom, type Person, registerPerson, respond } from '../helpers/factories.js';
import { pdfText } from '../helpers/pdf-text.js';
import { eventually, json, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_PAIR_RATE.env, { emulator: FAST_PAIR_RATE.emulator });
});
afterAll(async () => {
  await t?.close();
});

const JOANA = '+5511976543210';
const pt = (namespace: Namespace, key: string) => wordsOf(namespace, 'pt-BR', key);
const en = (namespace: Namespace, key: string) => wordsOf(namespace, 'en-GB', key);

const SARAH_SAYS = {
  first: 'We keep arguing about who has the children at the weekend.',
  offer: 'I can take them every Saturday and you have them on Sundays.',
};
const JOANA_SAYS = {
  intake1: 'Quero resolver os fins de semana com as crianças sem brigar.',
  intake2: 'Eu me sinto cansada de discutir toda sexta-feira sobre quem fica com elas.',
  first: 'Eu posso ficar com as crianças no domingo e levar os dois para a escola na segunda.',
};

interface ApiMessage {
  author: string;
  author_user_id: string | null;
  kind: string;
  text: string;
  language?: string | null;
}

async function roomView(person: Person, roomId: string) {
  return json(
    await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }),
  );
}

/** Everything a phone was shown: bodies, buttons, list rows, captions, rendered templates. */
function shownTo(received: Received[]): string {
  return received
    .map((m) => {
      const p = m.payload as {
        interactive?: {
          action?: {
            buttons?: { reply: { title: string } }[];
            sections?: { rows: { title: string; description?: string }[] }[];
          };
        };
        document?: { caption?: string; filename?: string };
      };
      const template = (
        m as unknown as { template?: { body?: string; buttons?: { text: string }[] } }
      ).template;
      return [
        textOf(m),
        ...(p.interactive?.action?.buttons ?? []).map((b) => b.reply.title),
        ...(p.interactive?.action?.sections ?? []).flatMap((s) =>
          s.rows.flatMap((r) => [r.title, r.description ?? '']),
        ),
        p.document?.caption ?? '',
        template?.body ?? '',
        ...(template?.buttons ?? []).map((b) => b.text),
      ].join('\n');
    })
    .join('\n');
}

/** What Meedi8 itself wrote: the lines quoting the other person's own words left out. */
const meedi8Words = (shown: string, theirWords: string[]) =>
  shown
    .split('\n')
    .filter((line) => !line.startsWith('> ') && !theirWords.some((w) => line.includes(w)))
    .join('\n');

it('runs a mediation with Sarah in English on the web and Joana in Portuguese in WhatsApp', async () => {
  const joana = chatPhone(t.emulator.state, JOANA, 'Joana Souza');
  const sarah = await registerPerson(t.app, 'Sarah');
  const { room } = await createRoom(t.app, sarah, {
    title: 'Weekends with the children',
    topic: 'Who has the children at the weekend',
  });
  const roomId = room.id as string;

  // Sarah invites Joana by WhatsApp and says she reads Portuguese: the template goes in pt_BR.
  const invited = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/invite-whatsapp`,
    headers: sarah.auth,
    payload: { phone_number: JOANA, recipient_name: 'Joana', recipient_locale: 'pt-BR' },
  });
  expect(invited.statusCode, invited.body).toBe(200);
  const template = await eventually(async () =>
    t.emulator.state.phone(JOANA)?.received.find((m) => m.template?.name === 'mediation_invite'),
  );
  expect(template.template!.language).toBe('pt_BR');
  expect(template.template!.body).toContain('Sarah');
  expect(template.template!.body).toContain(pt('templates', 'mediation_invite.body'));

  // She answers in Portuguese: the welcome, her consent, the private intake.
  joana.say('Oi, o que é isso?');
  await joana.expect(pt('chat', 'invitee.welcome'));
  await joana.tap(catalogue('chat', 'pt-BR')['button.take_part']!);
  await joana.expect(pt('chat', 'invitee.intake_first'));
  joana.say(JOANA_SAYS.intake1);
  joana.say(JOANA_SAYS.intake2);

  // The private questions, in Portuguese, answered with her own words for "no".
  await joana.expect(pt('screening', 'intro'));
  for (const [i, id] of [
    'afraid',
    'hurt',
    'control',
    'sexual',
    'children',
    'self_harm',
  ].entries()) {
    await joana.expect(pt('screening', `q.${id}`));
    if (i === 0) await joana.tap(catalogue('chat', 'pt-BR')['button.no']!);
    else joana.say('não');
  }
  await joana.expect(pt('screening', 'outcome.proceed'));
  await joana.expect(pt('chat', 'joint.started.they_first'));

  // Sarah opens in English; Joana reads her words quoted, the mediator in Portuguese, her turn.
  await eventually(async () =>
    (await roomView(sarah, roomId)).messages.some((m: ApiMessage) => m.kind === 'opening')
      ? true
      : undefined,
  );
  expect((await respond(t.app, sarah, roomId, SARAH_SAYS.first)).statusCode).toBe(200);
  await joana.expect(`Sarah:\n> ${SARAH_SAYS.first}`);
  await joana.expect(pt('chat', 'relay.mediator'));
  await joana.expect(pt('chat', 'relay.your_turn'));
  joana.say(JOANA_SAYS.first);
  await eventually(async () => {
    const view = await roomView(sarah, roomId);
    return view.current_turn_user_id === sarah.user.id &&
      view.messages.some((m: ApiMessage) => m.text === JOANA_SAYS.first)
      ? true
      : undefined;
  }, 30_000);

  // Sarah takes a break and resumes: Joana hears only that the session paused, then resumed.
  const paused = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/break`,
    headers: sarah.auth,
    payload: { reason: 'I need a minute' },
  });
  expect(paused.statusCode, paused.body).toBe(200);
  await joana.expect(pt('safety', 'paused_notice'));
  const resumed = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/resume`,
    headers: sarah.auth,
  });
  expect(resumed.statusCode, resumed.body).toBe(200);
  await joana.expect(pt('chat', 'relay.resumed'));

  // Sarah offers something concrete, then asks for the draft: Joana reads it in Portuguese.
  expect((await respond(t.app, sarah, roomId, SARAH_SAYS.offer)).statusCode).toBe(200);
  await joana.expect(pt('chat', 'relay.your_turn'));
  const drafted = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/agreement/draft`,
    headers: sarah.auth,
  });
  expect(drafted.statusCode, drafted.body).toBe(200);
  const draftId = json(drafted).agreement.draft_id ?? json(drafted).agreement.id;
  await joana.expect(pt('chat', 'draft.question'));
  await joana.tap(catalogue('chat', 'pt-BR')['button.confirm_draft']!);
  await joana.expect(pt('chat', 'draft.noted_waiting'));
  const confirmed = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/agreement/${draftId}/confirm`,
    headers: sarah.auth,
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  expect(json(confirmed).resolved).toBe(true);

  // The agreement: the chat's words, its link's page and the PDF, all in Portuguese.
  const done = await joana.expect(pt('chat', 'resolved.done'));
  // The link is in the same message or one after it (found by id: each read is a new copy).
  const link = await eventually(
    async () =>
      /http:\/\/[^\s"]+\/agreement\/[A-Za-z0-9_.-]+/.exec(
        joana
          .received()
          .slice(joana.received().findIndex((m) => m.id === done.id))
          .map(textOf)
          .join('\n'),
      ) ?? undefined,
  );
  const document = await eventually(async () =>
    joana.received().find((m) => m.type === 'document'),
  );
  const mediaId = (document.payload as { document: { id: string } }).document.id;
  const joanasPdf = pdfText(Buffer.from(t.emulator.state.mediaFile(mediaId)!.bytes));
  expect(joanasPdf).toContain(pt('pdf', 'what_we_agreed'));
  expect(joanasPdf).toContain(pt('pdf', 'footer.confirmed'));
  const page = await fetch(`${t.url}${new URL(link![0]).pathname}`);
  expect(page.status).toBe(200);
  const pageHtml = await page.text();
  expect(pageHtml).toContain('lang="pt-BR"');
  expect(pageHtml).toContain(pt('pdf', 'link.download'));
  // The draft both confirmed, as the mediator wrote it in Portuguese for her.
  expect(pageHtml).toContain(pt('mediator', 'agreement.offers'));
  expect(joanasPdf).toContain(pt('mediator', 'agreement.offers'));

  // Sarah's copy is English.
  const sarahsPdf = await t.app.inject({
    method: 'GET',
    url: `/api/rooms/${roomId}/resolution.pdf`,
    headers: sarah.auth,
  });
  expect(sarahsPdf.statusCode).toBe(200);
  const sarahReads = pdfText(sarahsPdf.rawPayload);
  expect(sarahReads).toContain(en('pdf', 'what_we_agreed'));
  expect(sarahReads).not.toContain(pt('pdf', 'what_we_agreed'));
  expect(sarahReads).toContain(en('mediator', 'agreement.offers'));
  const resolution = json(
    await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/resolution`,
      headers: sarah.auth,
    }),
  );
  expect(resolution.agreement.text).toContain(en('mediator', 'agreement.offers'));

  // Sarah read the room in English: the notes, the pause notice and the mediator.
  const sarahSees: ApiMessage[] = (await roomView(sarah, roomId)).messages;
  const sarahsShown = meedi8Words(
    sarahSees
      .filter((m) => m.author !== 'participant')
      .map((m) => m.text)
      .join('\n'),
    Object.values(JOANA_SAYS),
  );
  expect(sarahsShown).toContain('Joana writes in Portuguese');
  expect(sarahsShown).not.toMatch(/\b(?:você|vocês|sessão|acordo)\b/);

  // Nothing Meedi8 wrote to Joana was English.
  const joanasShown = meedi8Words(shownTo(joana.received()), Object.values(SARAH_SAYS));
  const leaks = runsFoundIn(
    joanasShown,
    englishRuns(
      ['chat', 'notices', 'screening', 'templates', 'pdf', 'safety', 'mediator', 'common'],
      'pt-BR',
    ),
  );
  expect(leaks, joanasShown).toEqual([]);
  const writtenOut = englishRuns(['pdf', 'mediator'], 'pt-BR');
  expect(runsFoundIn(joanasPdf, writtenOut)).toEqual([]);
  expect(runsFoundIn(pageHtml, writtenOut)).toEqual([]);
}, 120_000);
