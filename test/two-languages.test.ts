/**
 * Sarah writes English and Joana Portuguese, in one room through the HTTP API. With Claude
 * (a local fake of the Messages API) each reads the other's words translated, the original
 * kept, and the mediator in their own language; without it, each is told once that the other
 * writes another language, and reads the original.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeMessagesApi,
  messageWith,
  type RecordedRequest,
  startFakeMessagesApi,
  toolUseMessage,
} from '../src/mediator/claude/fake-messages-api.js';
import { FAST_PAIR_RATE, textOf } from './helpers/chat-phone.js';
import { activeRoom, type Person, respond } from './helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from './helpers/test-app.js';
import { webAndChat } from './helpers/web-and-chat.js';

const SARAH_SAYS = 'We keep arguing about who has the children at the weekend.';
const JOANA_SAYS = 'Eu posso ficar com as crianças no sábado e no domingo.';
const DRAFT = {
  summary: 'Joana has the children at the weekend.',
  text: 'Joana has the children on Saturday and Sunday.',
};
const TRANSLATIONS: Record<string, string> = {
  [SARAH_SAYS]: 'Nós sempre discutimos sobre quem fica com as crianças no fim de semana.',
  [JOANA_SAYS]: 'I can have the children on Saturday and Sunday.',
  [DRAFT.summary]: 'Joana fica com as crianças no fim de semana.',
  [DRAFT.text]: 'Joana fica com as crianças no sábado e no domingo.',
};

interface ApiMessage {
  id: string;
  author: string;
  author_user_id: string | null;
  kind: string;
  text: string;
  private: boolean;
  language?: string | null;
  translation?: { text: string; locale: string; by: string } | null;
}

async function setPerson(t: TestApp, person: Person, name: string, locale: string) {
  await t.services.db
    .updateTable('users')
    .set({ name, locale, locale_source: 'chosen' })
    .where('id', '=', person.user.id)
    .execute();
}

async function messagesOf(t: TestApp, person: Person, roomId: string): Promise<ApiMessage[]> {
  const room = json(
    await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }),
  );
  return room.messages;
}

/** What the fake Claude says: a mediator turn in each language asked for, a translation, or no flags. */
function fakeClaude(request: RecordedRequest) {
  const body = request.body as {
    tools?: Array<{ name: string }>;
    messages: Array<{ content: string }>;
  };
  const prompt = body.messages[0]!.content;
  if (!body.tools) {
    const text = /<message>\n([\s\S]*)\n<\/message>/.exec(prompt)?.[1] ?? '';
    return { body: messageWith([{ type: 'text', text: TRANSLATIONS[text] ?? `[${text}]` }]) };
  }
  if (body.tools[0]!.name === 'safety_screen') {
    return { body: toolUseMessage({ flags: [] }, 'safety_screen') };
  }
  const twoLanguages = prompt.includes('reply_versions give the same reply written in');
  const drafting = prompt.includes('Write the agreement itself in');
  return {
    body: toolUseMessage({
      ...(drafting
        ? {
            agreement: {
              ...DRAFT,
              commitments: [{ participant_id: null, text: DRAFT.text }],
            },
          }
        : {}),
      reply: 'Thank you. Joana, how do the weekends look to you?',
      ...(twoLanguages
        ? {
            reply_versions: [
              { locale: 'pt-BR', reply: 'Obrigado. Joana, como você vê os fins de semana?' },
            ],
          }
        : {}),
      stage: 'perspectives',
      safety_flags: [],
    }),
  };
}

describe('two languages, one room, with Claude', () => {
  let t: TestApp;
  let fake: FakeMessagesApi;
  beforeAll(async () => {
    fake = await startFakeMessagesApi();
    fake.answer = fakeClaude;
    t = await startTestApp(
      {
        MEDIATOR_PROVIDER: 'claude',
        ANTHROPIC_API_KEY: 'test-key-not-real',
        ANTHROPIC_BASE_URL: fake.baseURL,
        ...FAST_PAIR_RATE.env,
      },
      { emulator: FAST_PAIR_RATE.emulator },
    );
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('shows each the other’s words translated with the original, and the mediator in their language', async () => {
    const { owner: sarah, guest: joana, roomId } = await activeRoom(t.app);
    await setPerson(t, sarah, 'Sarah', 'en-GB');
    await setPerson(t, joana, 'Joana', 'pt-BR');
    const first = await respond(t.app, sarah, roomId, SARAH_SAYS);
    expect(first.statusCode).toBe(200);
    expect(json(first).message.language).toBe('en');
    expect(json(first).message.translation ?? null).toBeNull();

    const prompts = fake.requests
      .map(
        (r) => r.body as { tools?: Array<{ name: string }>; messages: Array<{ content: string }> },
      )
      .filter((b) => b.tools?.[0]?.name === 'mediator_turn')
      .map((b) => b.messages[0]!.content);
    expect(prompts.at(-1)).toContain('reads and writes Portuguese (pt-BR)');
    expect(prompts.at(-1)).toContain('reads and writes English (en-GB)');

    const joanaSees = await eventually(async () => {
      const messages = await messagesOf(t, joana, roomId);
      return messages.some((m) => m.kind === 'reply') ? messages : undefined;
    }, 20_000);
    const sarahsLine = joanaSees.find((m) => m.author === 'participant')!;
    expect(sarahsLine).toMatchObject({
      text: SARAH_SAYS,
      language: 'en',
      translation: { text: TRANSLATIONS[SARAH_SAYS], locale: 'pt-BR', by: 'ai' },
    });
    expect(joanaSees.find((m) => m.kind === 'reply')).toMatchObject({
      text: 'Obrigado. Joana, como você vê os fins de semana?',
      language: 'pt-BR',
    });
    // No note: Claude translates.
    expect(joanaSees.filter((m) => m.author === 'system')).toEqual([]);

    const sarahSees = await messagesOf(t, sarah, roomId);
    expect(sarahSees.find((m) => m.kind === 'reply')?.text).toBe(
      'Thank you. Joana, how do the weekends look to you?',
    );

    expect((await respond(t.app, joana, roomId, JOANA_SAYS)).statusCode).toBe(200);
    const joanasLine = await eventually(async () =>
      (await messagesOf(t, sarah, roomId)).find(
        (m) => m.author_user_id === joana.user.id && m.translation,
      ),
    );
    expect(joanasLine).toMatchObject({
      text: JOANA_SAYS,
      language: 'pt',
      translation: { text: TRANSLATIONS[JOANA_SAYS], locale: 'en-GB', by: 'ai' },
    });

    // Each translation is made once and kept: reading the room again asks Claude for nothing.
    const translationsAsked = () =>
      fake.requests.filter((r) => !(r.body as { tools?: unknown }).tools).length;
    const before = translationsAsked();
    await messagesOf(t, sarah, roomId);
    await messagesOf(t, joana, roomId);
    expect(translationsAsked()).toBe(before);
    const kept = await t.services.db
      .selectFrom('message_translations')
      .select(['message_id', 'locale', 'by'])
      .where('by', '=', 'ai')
      .execute();
    expect(kept.filter((k) => k.message_id === sarahsLine.id)).toEqual([
      { message_id: sarahsLine.id, locale: 'pt-BR', by: 'ai' },
    ]);

    // The draft is written in the room's first language and translated for Joana like messages
    // are: she reads it in Portuguese (the draft, its log line with the original kept, and the
    // agreement), Sarah in English; the record both confirm is the original.
    const drafted = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/agreement/draft`,
      headers: sarah.auth,
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const joanasRoom = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: joana.auth }),
    );
    expect(joanasRoom.agreement_draft).toMatchObject({
      text: TRANSLATIONS[DRAFT.text],
      summary: TRANSLATIONS[DRAFT.summary],
    });
    expect(joanasRoom.messages.find((m: ApiMessage) => m.kind === 'draft')).toMatchObject({
      text: DRAFT.text,
      translation: { text: TRANSLATIONS[DRAFT.text], locale: 'pt-BR', by: 'ai' },
    });
    const sarahsRoom = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: sarah.auth }),
    );
    expect(sarahsRoom.agreement_draft.text).toBe(DRAFT.text);
    const draftId = joanasRoom.agreement_draft.id;
    for (const person of [sarah, joana]) {
      const confirmed = await t.app.inject({
        method: 'POST',
        url: `/api/rooms/${roomId}/agreement/${draftId}/confirm`,
        headers: person.auth,
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
    }
    const resolutionOf = async (person: Person) =>
      json(
        await t.app.inject({
          method: 'GET',
          url: `/api/rooms/${roomId}/resolution`,
          headers: person.auth,
        }),
      ).agreement.text;
    expect(await resolutionOf(joana)).toBe(TRANSLATIONS[DRAFT.text]);
    expect(await resolutionOf(sarah)).toBe(DRAFT.text);
    const record = await t.services.db
      .selectFrom('agreements')
      .select('text')
      .where('room_id', '=', roomId)
      .executeTakeFirstOrThrow();
    expect(record.text).toBe(DRAFT.text);
  }, 90_000);
});

describe('two languages, one room, in WhatsApp with Claude', () => {
  let t: TestApp;
  let fake: FakeMessagesApi;
  beforeAll(async () => {
    fake = await startFakeMessagesApi();
    fake.answer = fakeClaude;
    t = await startTestApp(
      {
        MEDIATOR_PROVIDER: 'claude',
        ANTHROPIC_API_KEY: 'test-key-not-real',
        ANTHROPIC_BASE_URL: fake.baseURL,
        ...FAST_PAIR_RATE.env,
      },
      { emulator: FAST_PAIR_RATE.emulator },
    );
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('relays the translation with a note that the AI made it, and the original on ORIGINAL', async () => {
    // A UK number, so the chat's set-up stays in English; Joana reads Portuguese from then on.
    const {
      person: joana,
      priya: sarah,
      roomId,
    } = await webAndChat(t, '+447700900931', 'Joana', 'Sarah');
    await t.services.db
      .updateTable('users')
      .set({ locale: 'pt-BR', locale_source: 'chosen' })
      .where('phone_number', '=', joana.number)
      .execute();
    // The opening may come just before or after her language changes.
    await joana.expect(/🕊️ Media(?:tor|dor):/, 60_000);
    expect((await respond(t.app, sarah, roomId, SARAH_SAYS)).statusCode).toBe(200);
    const relayed = await joana.expect(TRANSLATIONS[SARAH_SAYS]!);
    const line = textOf(relayed);
    expect(line).toContain(`💬 Sarah:\n> ${TRANSLATIONS[SARAH_SAYS]}`);
    expect(line).toContain(
      '🌐 Traduzido pela IA do inglês. Responda ORIGINAL para ver as palavras como foram escritas.',
    );
    expect(line).not.toContain(SARAH_SAYS);
    await joana.expect('Obrigado. Joana, como você vê os fins de semana?');
    joana.say('ORIGINAL');
    const original = await joana.expect('O original, em inglês:');
    expect(textOf(original)).toContain(`> ${SARAH_SAYS}`);
  }, 90_000);
});

describe('two languages, one room, without Claude', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { MEDIATOR_PROVIDER: 'offline', ...FAST_PAIR_RATE.env },
      { emulator: FAST_PAIR_RATE.emulator },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('tells each person once that the other writes another language, and shows the original', async () => {
    const { owner: sarah, guest: joana, roomId } = await activeRoom(t.app);
    await setPerson(t, sarah, 'Sarah', 'en-GB');
    await setPerson(t, joana, 'Joana', 'pt-BR');
    expect((await respond(t.app, sarah, roomId, SARAH_SAYS)).statusCode).toBe(200);
    expect((await respond(t.app, joana, roomId, JOANA_SAYS)).statusCode).toBe(200);
    expect(
      (await respond(t.app, sarah, roomId, 'Saturday works, but Sunday I visit my mum.'))
        .statusCode,
    ).toBe(200);

    const joanaSees = await eventually(async () => {
      const messages = await messagesOf(t, joana, roomId);
      return messages.filter((m) => m.kind === 'reply').length >= 3 ? messages : undefined;
    }, 20_000);
    const notes = joanaSees.filter((m) => m.author === 'system');
    expect(notes.map((m) => m.text)).toEqual([
      'Sarah escreve em inglês. O Meedi8 mostra as palavras como foram escritas.',
    ]);
    expect(notes[0]!.private).toBe(true);
    const sarahsLine = joanaSees.find((m) => m.author_user_id === sarah.user.id)!;
    expect(sarahsLine).toMatchObject({ text: SARAH_SAYS, language: 'en', translation: null });
    // The offline mediator wrote its lines in Portuguese for Joana.
    const reply = joanaSees.find((m) => m.kind === 'reply')!;
    expect(reply.language).toBe('pt-BR');
    expect(reply.text).toMatch(/^Sarah escreveu em inglês; as palavras aparecem acima/);
    expect(reply.text).toMatch(/Joana, [^?]+\?$/);
    expect(reply.text).not.toMatch(/\b(?:the|you)\b/);

    const sarahSees = await messagesOf(t, sarah, roomId);
    expect(sarahSees.filter((m) => m.author === 'system').map((m) => m.text)).toEqual([
      'Joana writes in Portuguese. Meedi8 shows their words as they wrote them.',
    ]);
    // The opening was written before the test gave the two their languages: English for both.
    expect(sarahSees.find((m) => m.kind === 'opening')?.text).toMatch(/^Welcome, Sarah and /);
  }, 90_000);

  it('says so once in the WhatsApp chat too, and relays the original', async () => {
    // A UK number, so the chat's set-up stays in English; Joana reads Portuguese from then on.
    const {
      person: joana,
      priya: sarah,
      roomId,
    } = await webAndChat(t, '+447700900932', 'Joana', 'Sarah');
    await t.services.db
      .updateTable('users')
      .set({ locale: 'pt-BR', locale_source: 'chosen' })
      .where('phone_number', '=', joana.number)
      .execute();
    // The opening may come just before or after her language changes.
    await joana.expect(/🕊️ Media(?:tor|dor):/, 60_000);
    expect((await respond(t.app, sarah, roomId, SARAH_SAYS)).statusCode).toBe(200);
    await joana.expect(`> ${SARAH_SAYS}`);
    const note = 'Sarah escreve em inglês. O Meedi8 mostra as palavras como foram escritas.';
    await joana.expect(note);
    joana.say(JOANA_SAYS);
    await eventually(async () => {
      const room = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: sarah.auth }),
      );
      return room.current_turn_user_id === sarah.user.id ? true : undefined;
    }, 30_000);
    const later = 'Saturday works for me, but on Sunday I visit my mum.';
    expect((await respond(t.app, sarah, roomId, later)).statusCode).toBe(200);
    await joana.expect(`> ${later}`);
    const all = () => joana.received().map(textOf).join('\n');
    expect(all().split(note).length - 1).toBe(1);
  }, 90_000);
});
