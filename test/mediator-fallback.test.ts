/**
 * With Claude configured (against a local fake of the Messages API): when the provider fails,
 * the participant's message is kept, the response says the reply is pending, and the job
 * delivers the reply once the provider answers again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeMessagesApi,
  startFakeMessagesApi,
  toolUseMessage,
} from '../src/mediator/claude/fake-messages-api.js';
import { activeRoom, respond } from './helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let fake: FakeMessagesApi;
beforeAll(async () => {
  fake = await startFakeMessagesApi();
  t = await startTestApp({
    MEDIATOR_PROVIDER: 'claude',
    ANTHROPIC_API_KEY: 'test-key-not-real',
    ANTHROPIC_BASE_URL: fake.baseURL,
    MEDIATOR_TIMEOUT_MS: '800',
  });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const goodTurn = (reply: string) =>
  ({ body: toolUseMessage({ reply, stage: 'perspectives', safety_flags: [] }) }) as const;

describe('when the mediator provider fails', () => {
  it('keeps the message, answers "pending", and the reply follows from the job', async () => {
    expect(t.services.mediator.name).toBe('claude');
    const { owner, guest, roomId } = await activeRoom(t.app);
    // No replies queued: the fake answers every call with a 500.
    const response = await respond(t.app, owner, roomId, 'We keep arguing about the school run.');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      success: true,
      ai_response: null,
      ai_response_pending: true,
      current_turn_user_id: guest.user.id,
    });

    const stored = await t.services.db
      .selectFrom('messages')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('author_kind', '=', 'participant')
      .execute();
    expect(stored.map((m) => m.body)).toEqual(['We keep arguing about the school run.']);

    // The provider recovers; every later call succeeds.
    for (let i = 0; i < 10; i++)
      fake.enqueue(goodTurn(`Thank you, Sarah. John, how do mornings look for you? (${i})`));
    const reply = await eventually(async () => {
      const room = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: guest.auth }),
      );
      return room.messages.find((m: { kind: string }) => m.kind === 'reply');
    }, 20_000);
    expect(reply.text).toMatch(/^Thank you, Sarah/);
    expect(reply.reply_to_message_id).toBe(stored[0]!.id);

    const sent = fake.requests.at(-1)!;
    expect(sent.path).toBe('/v1/messages');
    expect(JSON.stringify(sent.body)).toContain('We keep arguing about the school run.');
  });
});
