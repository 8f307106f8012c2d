/**
 * The safety screen with Claude's second opinion: every message the offline screen passes is
 * also read by Claude (a forced `safety_screen` tool call). A failure, a timeout or an answer
 * that does not fit the schema leaves the offline result standing and is logged with ids only,
 * so the second opinion can add a flag but never blocks or breaks a turn.
 */
import Anthropic from '@anthropic-ai/sdk';
import { Value } from '@sinclair/typebox/value';
import type { Logger } from 'pino';
import { SAFETY_CATEGORIES } from '../mediator/mediator.js';
import {
  SAFETY_SCREEN_SYSTEM_PROMPT,
  SAFETY_SCREEN_TOOL_NAME,
  SafetyScreenInputSchema,
  safetyScreenTool,
  safetyScreenToolChoice,
} from './claude-screen-tool.js';
import type { SafetyScreen } from './safety-screen.js';
import { screenMessage } from './screen-message.js';
import type { SafetyFlag } from './screen-types.js';

/** Settings for the second opinion. */
export interface ClaudeSafetyScreenOptions {
  apiKey: string;
  model: string;
  /** Another Messages API endpoint (a proxy, or the local fake in tests). */
  baseURL?: string | null;
  /** Longest wait for Claude, in milliseconds, after which the offline result stands. */
  timeoutMs: number;
  logger: Logger;
}

/** Creates the screen: offline first, Claude on what it passes. */
export function createClaudeSafetyScreen(options: ClaudeSafetyScreenOptions): SafetyScreen {
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? undefined,
    timeout: options.timeoutMs,
    // No retries: a turn should not wait twice for a second opinion.
    maxRetries: 0,
    // The request body is a participant's own words: keep it out of logs and traces.
    logLevel: 'warn',
    openTelemetry: { traces: { contentMode: 'metadata_only' } },
  });
  const log = options.logger.child({ component: 'safety-screen' });

  return {
    async screen(text: string): Promise<SafetyFlag[]> {
      const offline = screenMessage(text);
      if (offline.length > 0 || text.trim() === '') return offline;
      const started = Date.now();
      try {
        const message = await client.messages.create(
          {
            model: options.model,
            max_tokens: 300,
            system: SAFETY_SCREEN_SYSTEM_PROMPT,
            tools: [safetyScreenTool],
            tool_choice: safetyScreenToolChoice,
            messages: [{ role: 'user', content: `<message>\n${text}\n</message>` }],
          },
          { signal: AbortSignal.timeout(options.timeoutMs) },
        );
        const call = message.content.find(
          (block) => block.type === 'tool_use' && block.name === SAFETY_SCREEN_TOOL_NAME,
        );
        const input = call?.type === 'tool_use' ? call.input : undefined;
        if (!Value.Check(SafetyScreenInputSchema, input)) {
          log.warn(
            { messageId: message.id, outcome: 'unreadable_answer' },
            'safety second opinion did not fit the schema; the offline result stands',
          );
          return offline;
        }
        const flags = SAFETY_CATEGORIES.flatMap((category) => {
          const flag = input.flags.find((entry) => entry.category === category);
          return flag ? [{ category, reason: `second opinion: ${flag.reason}`.slice(0, 100) }] : [];
        });
        if (flags.length > 0) {
          log.info(
            { messageId: message.id, categories: flags.map((flag) => flag.category) },
            'safety second opinion raised a flag the offline screen did not',
          );
        }
        return flags;
      } catch (error) {
        log.warn(
          {
            outcome: 'failed',
            error: error instanceof Error ? error.name : 'unknown',
            status: error instanceof Anthropic.APIError ? error.status : undefined,
            requestId: error instanceof Anthropic.APIError ? error.requestID : undefined,
            ms: Date.now() - started,
          },
          'safety second opinion failed; the offline result stands',
        );
        return offline;
      }
    },
  };
}
