import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MEDIATION_STAGES, MediatorUnavailableError } from '../mediator.js';
import { CURRENT_INTAKE_PROMPT_VERSION, CURRENT_PROMPT_VERSION } from '../prompts/system-prompt.js';
import { type ClaudeMediatorOptions, createClaudeMediator } from './claude-mediator.js';
import {
  apiError,
  type FakeMessagesApi,
  messageWith,
  startFakeMessagesApi,
  toolUseMessage,
} from './fake-messages-api.js';
import {
  draftRequest,
  goodAgreementInput,
  goodReplyInput,
  intakeRequest,
  openingRequest,
  PRIYA,
  replyRequest,
  TOM,
} from './mediation-fixtures.js';

const API_KEY = 'sk-ant-test-key-do-not-leak';
const MODEL = 'claude-sonnet-4-6';

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

function mediator(overrides: Partial<ClaudeMediatorOptions> = {}) {
  return createClaudeMediator({
    apiKey: API_KEY,
    model: MODEL,
    baseURL: fake.baseURL,
    timeoutMs: 2_000,
    maxRetries: 0,
    ...overrides,
  });
}

/** Runs `promise`, expecting a MediatorUnavailableError, and returns it. */
async function failure(promise: Promise<unknown>): Promise<MediatorUnavailableError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the mediator to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MediatorUnavailableError);
  const unavailable = error as MediatorUnavailableError;
  // Error messages end up in logs: they must carry neither the key nor what people said.
  expect(unavailable.message).not.toContain(API_KEY);
  expect(unavailable.message).not.toContain('exhausted');
  return unavailable;
}

type RecordedBody = {
  model: string;
  max_tokens: number;
  system: string;
  tools: Array<{
    name: string;
    input_schema: { type: string; properties: Record<string, unknown> };
  }>;
  tool_choice: unknown;
  messages: Array<{ role: string; content: string }>;
};
const lastBody = () => fake.requests.at(-1)?.body as RecordedBody;

describe('createClaudeMediator', () => {
  it('answers a reply and sends a well-formed Messages API request', async () => {
    fake.enqueue({ body: toolUseMessage(goodReplyInput) });
    const claude = mediator();

    const response = await claude.respond(replyRequest);

    expect(response).toEqual({
      reply: goodReplyInput.reply,
      replyLocale: 'en-GB',
      stage: 'perspectives',
      safetyFlags: [],
    });
    expect(claude.name).toBe('claude');
    expect(claude.promptVersion).toBe(CURRENT_PROMPT_VERSION);

    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/messages');
    // SDK 1.x sends the API key as a bearer token rather than in x-api-key.
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const body = lastBody();
    expect(body.model).toBe(MODEL);
    expect(body.max_tokens).toBe(1024);
    expect(body.system).toContain('facilitative mediation');
    expect(body.system).toContain('not a therapist, a lawyer');
    expect(body.tools).toHaveLength(1);
    expect(body.tools[0]!.name).toBe('mediator_turn');
    expect(body.tools[0]!.input_schema.type).toBe('object');
    expect(Object.keys(body.tools[0]!.input_schema.properties)).toEqual([
      'reply',
      'stage',
      'safety_flags',
      'ready_for_joint_session',
      'agreement',
      'reply_versions',
    ]);
    expect(JSON.stringify(body.tools[0]!.input_schema)).toContain(
      `"const":"${MEDIATION_STAGES[3]}"`,
    );
    expect(body.tool_choice).toEqual({
      type: 'tool',
      name: 'mediator_turn',
      disable_parallel_tool_use: true,
    });

    expect(body.messages).toHaveLength(1);
    const [message] = body.messages;
    expect(message!.role).toBe('user');
    expect(message!.content).toContain('Title: "School pickups"');
    expect(message!.content).toContain('Topic: "Who collects Maya on weekdays"');
    expect(message!.content).toContain(`- Priya: id "${PRIYA.id}", started the mediation`);
    expect(message!.content).toContain(`- Tom: id "${TOM.id}", was invited`);
    expect(message!.content).toContain(
      'Priya: "I do every pickup and Tom just assumes I will. I am exhausted."',
    );
    expect(message!.content).toContain('Mediator (you): "Welcome Priya and Tom.');
    expect(message!.content).toContain('hand the turn to Tom');
  });

  it('opens the room and says who goes first', async () => {
    fake.enqueue({
      body: toolUseMessage({
        reply:
          'Welcome Priya and Tom. I am Meedi8, an AI mediator. Priya, would you like to start?',
        stage: 'opening',
        safety_flags: [],
      }),
    });

    const response = await mediator().respond(openingRequest);

    expect(response.stage).toBe('opening');
    const content = lastBody().messages[0]!.content;
    expect(content).toContain('The room has just become active. Welcome Priya and Tom by name.');
    expect(content).toContain('invite Priya to go first');
    expect(content).toContain('(nothing has been said yet)');
  });

  it('drafts an agreement and maps commitments to participant ids', async () => {
    fake.enqueue({ body: toolUseMessage(goodAgreementInput) });

    const response = await mediator().respond(draftRequest);

    expect(lastBody().max_tokens).toBe(2048);
    expect(lastBody().messages[0]!.content).toContain('Draft the agreement now');
    expect(response.stage).toBe('agreement');
    expect(response.agreement).toEqual({
      summary: goodAgreementInput.agreement.summary,
      text: goodAgreementInput.agreement.text,
      commitments: [
        { participantId: TOM.id, text: goodAgreementInput.agreement.commitments[0]!.text },
        { participantId: PRIYA.id, text: goodAgreementInput.agreement.commitments[1]!.text },
        { participantId: null, text: goodAgreementInput.agreement.commitments[2]!.text },
      ],
    });
  });

  it('accepts a participant named instead of identified in a commitment', async () => {
    const input = structuredClone(goodAgreementInput);
    input.agreement.commitments[0]!.participant_id = 'Tom';
    fake.enqueue({ body: toolUseMessage(input) });

    const response = await mediator().respond(draftRequest);

    expect(response.agreement?.commitments[0]?.participantId).toBe(TOM.id);
  });

  it('rejects a commitment for someone who is not in the room', async () => {
    const input = structuredClone(goodAgreementInput);
    input.agreement.commitments[1]!.participant_id = 'part_someone_else';
    fake.enqueue({ body: toolUseMessage(input) });

    const error = await failure(mediator().respond(draftRequest));

    expect(error.retryable).toBe(true);
    expect(error.message).toContain('not a participant');
  });

  it('fails a draft request whose answer has no agreement', async () => {
    fake.enqueue({ body: toolUseMessage(goodReplyInput) });

    const error = await failure(mediator().respond(draftRequest));

    expect(error.retryable).toBe(true);
  });

  it('drops an agreement offered outside a draft request', async () => {
    fake.enqueue({ body: toolUseMessage(goodAgreementInput) });

    const response = await mediator().respond(replyRequest);

    expect(response.agreement).toBeUndefined();
  });

  describe('private intake', () => {
    const intakeInput = {
      reply:
        'Priya, it sounds like you are exhausted and need the pickups to feel shared. How has all this left you feeling?',
      stage: 'opening',
      safety_flags: [],
      ready_for_joint_session: false,
    };

    it('coaches one person with the intake prompt and says whether they are ready', async () => {
      fake.enqueue({ body: toolUseMessage({ ...intakeInput, ready_for_joint_session: true }) });
      const claude = mediator();

      const response = await claude.respond(intakeRequest);

      expect(response).toEqual({
        reply: intakeInput.reply,
        replyLocale: 'en-GB',
        stage: 'opening',
        safetyFlags: [],
        intake: { readyForJointSession: true },
      });
      expect(claude.intakePromptVersion).toBe(CURRENT_INTAKE_PROMPT_VERSION);
      const body = lastBody();
      expect(body.max_tokens).toBe(1024);
      expect(body.system).toContain('private');
      expect(body.system).toContain('only the person you are coaching reads');
      expect(body.system).not.toContain('both people read everything you write');
      const content = body.messages[0]!.content;
      expect(content).toContain('A private Meedi8 intake is in progress');
      expect(content).toContain(`Priya: id "${PRIYA.id}", started the mediation`);
      expect(content).toContain('Name: "Tom"');
      expect(content).toContain('The other person has not been invited yet.');
      expect(content).toContain('Priya: "Tom never does the pickups.');
      expect(content).toContain('send INVITE followed by their number and name');
      expect(content).not.toContain(TOM.id);
    });

    it('treats a turn that does not say it is ready as not ready', async () => {
      const { ready_for_joint_session: _omitted, ...withoutReady } = intakeInput;
      fake.enqueue({ body: toolUseMessage(withoutReady) });

      const response = await mediator().respond(intakeRequest);

      expect(response.intake).toEqual({ readyForJointSession: false });
    });

    it('passes safety flags through and drops an agreement offered in an intake', async () => {
      fake.enqueue({
        body: toolUseMessage({
          ...intakeInput,
          safety_flags: [{ category: 'fear', reason: 'says she is afraid of how Tom reacts' }],
          agreement: goodAgreementInput.agreement,
        }),
      });

      const response = await mediator().respond(intakeRequest);

      expect(response.safetyFlags).toEqual([
        { category: 'fear', reason: 'says she is afraid of how Tom reacts' },
      ]);
      expect(response.agreement).toBeUndefined();
    });

    it('does not ask an invitee to invite anyone', async () => {
      fake.enqueue({ body: toolUseMessage(intakeInput) });

      await mediator().respond({
        ...intakeRequest,
        participants: [TOM],
        personId: TOM.id,
        role: 'invitee',
        partner: { name: 'Priya', invited: true },
        transcript: [],
        latest: { text: 'I work late, she knows that.' },
      });

      const content = lastBody().messages[0]!.content;
      expect(content).toContain('Tom: "I work late, she knows that."');
      expect(content).toContain('bring them and the other person together');
      expect(content).not.toContain('INVITE');
    });
  });

  it('passes safety flags through', async () => {
    fake.enqueue({
      body: toolUseMessage({
        reply:
          'I would like to pause the joint conversation for now. Meedi8 will be in touch with each of you.',
        stage: 'perspectives',
        safety_flags: [{ category: 'fear', reason: 'says she is afraid of how Tom reacts' }],
      }),
    });

    const response = await mediator().respond(replyRequest);

    expect(response.safetyFlags).toEqual([
      { category: 'fear', reason: 'says she is afraid of how Tom reacts' },
    ]);
  });

  it('strips markdown headings from the reply', async () => {
    fake.enqueue({
      body: toolUseMessage({
        ...goodReplyInput,
        reply: '## Where we are\nTom, how do you see it?',
      }),
    });

    const response = await mediator().respond(replyRequest);

    expect(response.reply).toBe('Where we are\nTom, how do you see it?');
  });

  describe('API errors', () => {
    it.each([
      [500, 'api_error'],
      [529, 'overloaded_error'],
      [429, 'rate_limit_error'],
      [503, 'api_error'],
    ])('maps %i to a retryable error', async (status, type) => {
      fake.enqueue(apiError(status, type, 'Something went wrong on our side'));

      const error = await failure(mediator().respond(replyRequest));

      expect(error.retryable).toBe(true);
      expect(error.message).toContain(`Claude API answered ${status} (${type}, request req_`);
      expect(fake.requests).toHaveLength(1);
    });

    it.each([
      [400, 'invalid_request_error'],
      [401, 'authentication_error'],
      [403, 'permission_error'],
      [404, 'not_found_error'],
    ])('maps %i to an error that is not retryable', async (status, type) => {
      fake.enqueue(apiError(status, type, 'invalid x-api-key'));

      const error = await failure(mediator().respond(replyRequest));

      expect(error.retryable).toBe(false);
      expect(error.message).toContain(`Claude API answered ${status}`);
      // The API's own wording stays on the cause, out of the message.
      expect(error.message).not.toContain('invalid x-api-key');
    });

    it('retries once by default before succeeding', async () => {
      fake.enqueue(
        { ...apiError(529, 'overloaded_error', 'Overloaded'), headers: { 'retry-after-ms': '5' } },
        { body: toolUseMessage(goodReplyInput) },
      );

      const response = await mediator({ maxRetries: undefined }).respond(replyRequest);

      expect(response.reply).toBe(goodReplyInput.reply);
      expect(fake.requests.map((request) => request.headers['x-stainless-retry-count'])).toEqual([
        '0',
        '1',
      ]);
    });

    it('maps a response slower than timeoutMs to a retryable timeout', async () => {
      fake.enqueue({ body: toolUseMessage(goodReplyInput), delayMs: 1_000 });
      const started = Date.now();

      const error = await failure(mediator({ timeoutMs: 150 }).respond(replyRequest));

      expect(error.retryable).toBe(true);
      expect(error.message).toBe('Claude did not answer in time');
      expect(Date.now() - started).toBeLessThan(900);
    });

    it('times out a response whose body stalls after the headers', async () => {
      fake.enqueue({ body: toolUseMessage(goodReplyInput), bodyDelayMs: 1_000 });
      const started = Date.now();

      const error = await failure(mediator({ timeoutMs: 150 }).respond(replyRequest));

      expect(error.retryable).toBe(true);
      expect(error.message).toBe('Claude did not answer in time');
      expect(Date.now() - started).toBeLessThan(900);
    });

    it('maps a refused connection to a retryable error', async () => {
      const closed = await startFakeMessagesApi();
      await closed.close();

      const error = await failure(mediator({ baseURL: closed.baseURL }).respond(replyRequest));

      expect(error.retryable).toBe(true);
      expect(error.message).toBe('Could not reach the Claude API');
    });
  });

  describe('malformed answers', () => {
    const { reply: _reply, ...withoutReply } = goodReplyInput;
    it.each([
      ['missing reply', toolUseMessage(withoutReply)],
      ['empty reply', toolUseMessage({ ...goodReplyInput, reply: '  ' })],
      ['unknown stage', toolUseMessage({ ...goodReplyInput, stage: 'negotiation' })],
      [
        'unknown safety category',
        toolUseMessage({ ...goodReplyInput, safety_flags: [{ category: 'sadness', reason: 'x' }] }),
      ],
      ['extra property', toolUseMessage({ ...goodReplyInput, mood: 'calm' })],
      ['input that is not an object', toolUseMessage('Tom, what do you think?')],
      ['another tool', toolUseMessage(goodReplyInput, 'some_other_tool')],
      [
        'a text block instead of tool_use',
        messageWith([{ type: 'text', text: 'Tom, what do you think?', citations: null }]),
      ],
      ['no content', messageWith([])],
      [
        'an answer cut off at max_tokens',
        messageWith(toolUseMessage(goodReplyInput).content, { stop_reason: 'max_tokens' }),
      ],
    ])('fails with a retryable error on %s', async (_case, body) => {
      fake.enqueue({ body });

      const error = await failure(mediator().respond(replyRequest));

      expect(error.retryable).toBe(true);
    });

    it('fails with a retryable error when the body is not a message at all', async () => {
      fake.enqueue({ body: { ok: true } });

      const error = await failure(mediator().respond(replyRequest));

      expect(error.retryable).toBe(true);
      expect(error.message).toBe('Claude API returned something that is not a message');
    });

    it('reports which field was wrong without quoting it', async () => {
      fake.enqueue({ body: toolUseMessage({ ...goodReplyInput, stage: 'negotiation' }) });

      const error = await failure(mediator().respond(replyRequest));

      expect(error.message).toContain('/stage');
      expect(error.message).not.toContain('negotiation');
    });

    it('treats a refusal as not retryable', async () => {
      fake.enqueue({ body: messageWith([], { stop_reason: 'refusal' }) });

      const error = await failure(mediator().respond(replyRequest));

      expect(error.retryable).toBe(false);
    });
  });

  describe('cancellation', () => {
    it('does not call the API when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort(new Error('worker shutting down'));

      const error = await failure(mediator().respond(replyRequest, controller.signal));

      expect(error.message).toBe('Claude request was cancelled');
      expect(error.retryable).toBe(true);
      expect(fake.requests).toHaveLength(0);
    });

    it('stops waiting as soon as the signal aborts mid-request', async () => {
      fake.enqueue({ body: toolUseMessage(goodReplyInput), delayMs: 1_500 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const started = Date.now();

      const error = await failure(mediator().respond(replyRequest, controller.signal));

      expect(error.message).toBe('Claude request was cancelled');
      expect(Date.now() - started).toBeLessThan(1_000);
    });
  });

  describe('options', () => {
    it.each<[string, Partial<ClaudeMediatorOptions>]>([
      ['an empty API key', { apiKey: ' ' }],
      ['an empty model', { model: '' }],
      ['a zero timeout', { timeoutMs: 0 }],
      ['a fractional timeout', { timeoutMs: 1.5 }],
      ['negative retries', { maxRetries: -1 }],
      ['a prompt version that does not exist', { promptVersion: 'facilitative-v99' }],
      ['a prompt version that is a path', { promptVersion: '../mediator' }],
    ])('refuses %s', (_case, overrides) => {
      expect(() => mediator(overrides)).toThrow();
    });

    it('never puts the API key in a construction error', () => {
      expect(() => mediator({ timeoutMs: -1 })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(API_KEY) }),
      );
    });
  });
});
