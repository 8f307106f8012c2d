import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeRequest, MediatorParticipant, ReplyRequest } from '../mediator.js';
import { createClaudeMediator } from './claude-mediator.js';
import {
  type FakeMessagesApi,
  messageWith,
  startFakeMessagesApi,
  toolUseMessage,
} from './fake-messages-api.js';

const JOANA: MediatorParticipant = {
  id: 'part_joana',
  name: 'Joana',
  role: 'invitee',
  locale: 'pt-BR',
};
const SARAH: MediatorParticipant = {
  id: 'part_sarah',
  name: 'Sarah',
  role: 'owner',
  locale: 'en-GB',
};
const room = { id: 'room_langs', title: 'Fins de semana', topic: null };
const at = new Date(Date.UTC(2026, 2, 3, 18, 0));

let fake: FakeMessagesApi;
beforeAll(async () => {
  fake = await startFakeMessagesApi();
});
afterEach(() => {
  fake.requests.length = 0;
});
afterAll(async () => {
  await fake.close();
});

const claude = () =>
  createClaudeMediator({
    apiKey: 'sk-ant-test',
    model: 'claude-sonnet-4-6',
    baseURL: fake.baseURL,
    timeoutMs: 2_000,
    maxRetries: 0,
  });
const userPrompt = () =>
  (fake.requests.at(-1)!.body as { messages: Array<{ content: string }> }).messages[0]!.content;

describe('Claude in each person’s language', () => {
  it('tells Claude a Portuguese person’s language and answers them in Portuguese', async () => {
    const request: IntakeRequest = {
      kind: 'intake',
      room,
      participants: [JOANA],
      personId: JOANA.id,
      transcript: [{ participantId: JOANA.id, text: 'Estou cansada das brigas.', at }],
      latest: { text: 'Estou cansada das brigas.' },
      partner: { name: 'Sarah', invited: false },
      role: 'owner',
    };
    fake.enqueue({
      body: toolUseMessage({
        reply: 'Joana, parece que você está cansada das brigas. O que tem acontecido?',
        stage: 'opening',
        safety_flags: [],
        ready_for_joint_session: false,
      }),
    });
    const response = await claude().respond(request);
    expect(userPrompt()).toContain('reads and writes Portuguese (pt-BR)');
    expect(userPrompt()).toContain('Write your reply in Portuguese (pt-BR)');
    expect(response.replyLocale).toBe('pt-BR');
    expect(response.reply).toMatch(/^Joana, parece que você/);
  });

  it('asks for one reply per language when the two read different ones', async () => {
    const text = 'Eu posso levar as crianças no sábado.';
    const request: ReplyRequest = {
      kind: 'reply',
      room,
      participants: [SARAH, JOANA],
      transcript: [{ participantId: JOANA.id, text, at }],
      latest: { participantId: JOANA.id, text },
      nextSpeakerId: SARAH.id,
    };
    fake.enqueue({
      body: toolUseMessage({
        reply:
          'Joana, you have offered to take the children on Saturday. Sarah, how would that work for you?',
        reply_versions: [
          {
            locale: 'pt-BR',
            reply:
              'Joana, você se ofereceu para levar as crianças no sábado. Sarah, como isso funcionaria para você?',
          },
          { locale: 'fr', reply: 'Nobody here reads this.' },
        ],
        stage: 'options',
        safety_flags: [],
      }),
    });
    const response = await claude().respond(request);
    const prompt = userPrompt();
    expect(prompt).toContain(
      'Sarah: id "part_sarah", started the mediation, reads and writes English (en-GB)',
    );
    expect(prompt).toContain(
      'Joana: id "part_joana", was invited, reads and writes Portuguese (pt-BR)',
    );
    expect(prompt).toContain(
      'write reply in English (en-GB), and in reply_versions give the same reply written in Portuguese (pt-BR)',
    );
    expect(response.replyLocale).toBe('en-GB');
    expect(response.replyVersions).toEqual({
      'pt-BR':
        'Joana, você se ofereceu para levar as crianças no sábado. Sarah, como isso funcionaria para você?',
    });
  });

  it('translates a message faithfully, without tools, and reads the text back', async () => {
    fake.enqueue({
      body: messageWith([{ type: 'text', text: 'I can take the children on Saturday.' }]),
    });
    const translated = await claude().translate!({
      text: 'Eu posso levar as crianças no sábado.',
      from: 'pt',
      to: 'en-GB',
    });
    expect(translated).toBe('I can take the children on Saturday.');
    const body = fake.requests.at(-1)?.body as {
      tools?: unknown;
      system: string;
      messages: Array<{ content: string }>;
    };
    expect(body.tools).toBeUndefined();
    expect(body.system).toContain('faithfully');
    expect(body.messages[0]!.content).toContain('from Portuguese into English (en-GB)');
    expect(body.messages[0]!.content).toContain(
      '<message>\nEu posso levar as crianças no sábado.\n</message>',
    );
  });
});
