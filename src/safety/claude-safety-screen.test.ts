import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiError,
  type FakeMessagesApi,
  messageWith,
  startFakeMessagesApi,
  toolUseMessage,
} from '../mediator/claude/fake-messages-api.js';
import { createClaudeSafetyScreen } from './claude-safety-screen.js';
import type { SafetyScreen } from './safety-screen.js';

let api: FakeMessagesApi;
let logs: string[];
let screen: SafetyScreen;

// Words the offline screen passes, so the second opinion is asked.
const QUIET = 'we keep arguing about the school holidays';

beforeEach(async () => {
  api = await startFakeMessagesApi();
  logs = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(line) });
  screen = createClaudeSafetyScreen({
    apiKey: 'test-key',
    model: 'claude-test',
    baseURL: api.baseURL,
    timeoutMs: 1_500,
    logger,
  });
});

afterEach(async () => {
  await api.close();
});

describe('safety screen with a second opinion', () => {
  it('does not ask Claude when the offline screen already flags the message', async () => {
    const flags = await screen.screen('he hit me last night');
    expect(flags.map((flag) => flag.category)).toContain('violence');
    expect(api.requests).toHaveLength(0);
  });

  it('asks Claude with a forced tool call and returns its flags', async () => {
    api.enqueue({
      body: toolUseMessage(
        { flags: [{ category: 'coercive_control', reason: 'pressure over plans' }] },
        'safety_screen',
      ),
    });
    const flags = await screen.screen(QUIET);
    expect(flags).toEqual([
      { category: 'coercive_control', reason: 'second opinion: pressure over plans' },
    ]);
    const body = api.requests[0]?.body as Record<string, any>;
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'safety_screen' });
    expect(JSON.stringify(body.messages)).toContain(QUIET);
    expect(logs.join('\n')).not.toContain('holidays');
  });

  it('returns no flags when Claude finds none', async () => {
    api.enqueue({ body: toolUseMessage({ flags: [] }, 'safety_screen') });
    expect(await screen.screen(QUIET)).toEqual([]);
  });

  it('falls back to the offline result on an API error, logging ids only', async () => {
    api.enqueue(apiError(500, 'api_error', 'boom'));
    expect(await screen.screen(QUIET)).toEqual([]);
    const line = logs.find((entry) => entry.includes('failed'));
    expect(line).toBeDefined();
    expect(line).toContain('"status":500');
    expect(line).not.toContain('holidays');
  });

  it('falls back on a timeout without waiting for the answer', async () => {
    api.enqueue({ delayMs: 5_000, body: toolUseMessage({ flags: [] }, 'safety_screen') });
    const started = Date.now();
    expect(await screen.screen(QUIET)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(logs.some((entry) => entry.includes('failed'))).toBe(true);
  });

  it('falls back when the answer does not fit the schema', async () => {
    api.enqueue({
      body: toolUseMessage({ flags: [{ category: 'unknown', reason: 'x' }] }, 'safety_screen'),
    });
    expect(await screen.screen(QUIET)).toEqual([]);
    api.enqueue({ body: messageWith([{ type: 'text', text: 'no tool call' }]) });
    expect(await screen.screen(QUIET)).toEqual([]);
    expect(logs.filter((entry) => entry.includes('unreadable_answer'))).toHaveLength(2);
  });

  it('does not ask Claude about an empty message', async () => {
    expect(await screen.screen('   ')).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });
});
