import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftAgreementRequest } from '../mediator.js';
import { createClaudeMediator } from './claude-mediator.js';
import { type FakeMessagesApi, startFakeMessagesApi, toolUseMessage } from './fake-messages-api.js';
import { PRIYA, TOM } from './mediation-fixtures.js';

let fake: FakeMessagesApi;
beforeAll(async () => {
  fake = await startFakeMessagesApi();
});
afterAll(async () => {
  await fake.close();
});

const claude = () =>
  createClaudeMediator({
    apiKey: 'sk-ant-test',
    model: 'claude-sonnet-4-6',
    baseURL: fake.baseURL,
    timeoutMs: 10_000, // a cold first request on a loaded machine takes seconds
    maxRetries: 0,
  });

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 18, minute));

/** Tom offers two things, Priya accepts; Priya offers one, Tom accepts. */
const request: DraftAgreementRequest = {
  kind: 'draft_agreement',
  room: { id: 'room_77', title: 'School pickups', topic: null },
  participants: [PRIYA, TOM],
  transcript: [
    { participantId: PRIYA.id, text: 'I do every pickup and I am exhausted.', at: at(1) },
    {
      participantId: TOM.id,
      text: "I'll collect Maya on Tuesdays at 3:15. And I'll pay £40 a month towards after-school club.",
      at: at(2),
    },
    {
      participantId: PRIYA.id,
      text: "That works for me. I'll text you by 7pm if plans change.",
      at: at(3),
    },
    { participantId: TOM.id, text: 'Deal.', at: at(4) },
  ],
};

function modelDraft(commitments: { participant_id: string | null; text: string }[]) {
  return toolUseMessage({
    reply: 'Here is a draft. Does it say what you agreed?',
    stage: 'agreement',
    safety_flags: [],
    agreement: {
      summary: 'Priya and Tom share pickups.',
      commitments,
      text: `Agreement\n${commitments.map((c, i) => `${i + 1}. ${c.text}`).join('\n')}`,
    },
  });
}

describe('Claude drafts checked against the tracked commitments', () => {
  it('gives the model the accepted commitments and the change requests', async () => {
    fake.enqueue({ body: modelDraft([{ participant_id: TOM.id, text: 'x' }]) });
    await claude().respond({
      ...request,
      changeRequests: [{ participantId: PRIYA.id, note: 'change 7pm to 8pm' }],
    });
    const body = fake.requests.at(-1)?.body as { messages: { content: string }[] };
    const prompt = body.messages[0]!.content;
    expect(prompt).toContain('<tracked_commitments>');
    expect(prompt).toContain('Tom will collect Maya on Tuesdays at 3:15.');
    expect(prompt).toContain('Tom will pay £40 a month towards after-school club.');
    // The change request is already applied to the tracked line.
    expect(prompt).toContain('Priya will text Tom by 8pm if plans change.');
    expect(prompt).toContain('<change_requests>');
  });

  it('restores a commitment the model dropped and one whose time it changed', async () => {
    fake.enqueue({
      body: modelDraft([
        { participant_id: TOM.id, text: 'Tom collects Maya on Tuesdays at 3:15.' },
        { participant_id: PRIYA.id, text: 'Priya texts Tom by 9pm if plans change.' },
      ]),
    });
    const response = await claude().respond(request);
    const texts = response.agreement?.commitments.map((c) => c.text);
    expect(texts).toEqual([
      'Tom collects Maya on Tuesdays at 3:15.',
      'Priya texts Tom by 9pm if plans change.',
      'Tom will pay £40 a month towards after-school club.',
      'Priya will text Tom by 7pm if plans change.',
    ]);
    expect(response.agreement?.text).toContain('restored: the draft had left these out');
  });

  it('leaves a draft that keeps every commitment as the model wrote it', async () => {
    const kept = [
      { participant_id: TOM.id, text: 'Tom collects Maya every Tuesday at 3:15.' },
      { participant_id: TOM.id, text: 'Tom pays £40 a month for after-school club.' },
      { participant_id: PRIYA.id, text: 'Priya texts Tom by 7pm when plans change.' },
    ];
    fake.enqueue({ body: modelDraft(kept) });
    const response = await claude().respond(request);
    expect(response.agreement?.commitments.map((c) => c.text)).toEqual(kept.map((c) => c.text));
    expect(response.agreement?.text).not.toContain('restored');
  });
});
