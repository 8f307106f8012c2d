/**
 * The Claude provider: answers mediator requests through the Anthropic Messages API, using
 * the versioned facilitative system prompt and a forced `mediator_turn` tool call so every
 * answer arrives as checked, structured data.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages.js';
import type {
  Mediator,
  MediatorRequest,
  MediatorResponse,
  TranslationRequest,
} from '../mediator.js';
import {
  CURRENT_INTAKE_PROMPT_VERSION,
  CURRENT_PROMPT_VERSION,
  loadSystemPrompt,
} from '../prompts/system-prompt.js';
import { buildUserPrompt } from './build-user-prompt.js';
import { checkDraft } from './draft-commitments.js';
import { toMediatorError } from './map-claude-error.js';
import { mediatorTurnTool, mediatorTurnToolChoice } from './mediator-turn-tool.js';
import { readMediatorTurn } from './read-mediator-turn.js';
import { readTranslation, translationParams } from './translate-message.js';

/** Settings for the Claude provider. */
export interface ClaudeMediatorOptions {
  apiKey: string;
  /** Messages API model id, e.g. `claude-sonnet-4-5`. */
  model: string;
  /** Another Messages API endpoint (a proxy, or a local fake in tests); defaults to Anthropic's. */
  baseURL?: string | null;
  /** Longest wait for one attempt, in milliseconds. */
  timeoutMs: number;
  /** Extra attempts the SDK makes on connection errors, 408/409/429 and 5xx; default 1. */
  maxRetries?: number;
  /** System prompt file to use from `mediator/prompts`; default `CURRENT_PROMPT_VERSION`. */
  promptVersion?: string;
  /** System prompt file for private intakes; default `CURRENT_INTAKE_PROMPT_VERSION`. */
  intakePromptVersion?: string;
}

/** A `Mediator` backed by Claude, exposing what the answers were produced with. */
export interface ClaudeMediator extends Mediator {
  readonly name: 'claude';
  readonly model: string;
  /** The system prompt version every joint-session answer from this instance used. */
  readonly promptVersion: string;
  /** The system prompt version every private intake answer from this instance used. */
  readonly intakePromptVersion: string;
}

// Replies are a few sentences; an agreement with its full text needs more room.
const MAX_TOKENS: Record<MediatorRequest['kind'], number> = {
  opening: 1024,
  reply: 1024,
  draft_agreement: 2048,
  intake: 1024,
};

// The SDK sleeps between attempts (up to 8 s by default); allow for that on top of the attempts.
const RETRY_PAUSE_ALLOWANCE_MS = 10_000;

/** Creates the Claude mediator; throws at once on bad options or an unreadable prompt file. */
export function createClaudeMediator(options: ClaudeMediatorOptions): ClaudeMediator {
  const maxRetries = options.maxRetries ?? 1;
  if (options.apiKey.trim() === '') throw new Error('Claude mediator needs an API key');
  if (options.model.trim() === '') throw new Error('Claude mediator needs a model');
  if (!Number.isInteger(options.timeoutMs) || options.timeoutMs <= 0) {
    throw new Error('Claude mediator timeoutMs must be a positive whole number of milliseconds');
  }
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new Error('Claude mediator maxRetries must be a whole number, 0 or more');
  }
  const prompt = loadSystemPrompt(options.promptVersion ?? CURRENT_PROMPT_VERSION);
  // The intake is a private one-to-one conversation, so it has its own prompt rather than the
  // joint-session one, which tells Claude that both people read every reply.
  const intakePrompt = loadSystemPrompt(
    options.intakePromptVersion ?? CURRENT_INTAKE_PROMPT_VERSION,
  );

  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? undefined,
    timeout: options.timeoutMs,
    maxRetries,
    // Request bodies are the participants' own words: keep them out of logs and trace spans
    // whatever ANTHROPIC_LOG or the OpenTelemetry environment variables say.
    logLevel: 'warn',
    openTelemetry: { traces: { contentMode: 'metadata_only' } },
  });

  // The SDK timeout covers each attempt until the response headers arrive. This deadline also
  // bounds the body and the pauses between retries, so a stalled answer cannot hold a worker.
  const overallDeadlineMs =
    options.timeoutMs * (maxRetries + 1) + RETRY_PAUSE_ALLOWANCE_MS * maxRetries;

  return {
    name: 'claude',
    model: options.model,
    promptVersion: prompt.version,
    intakePromptVersion: intakePrompt.version,

    async respond(request: MediatorRequest, signal?: AbortSignal): Promise<MediatorResponse> {
      const deadline = AbortSignal.timeout(overallDeadlineMs);
      const signals = { caller: signal, deadline };
      try {
        if (signal?.aborted) throw signal.reason;
        const params: MessageCreateParamsNonStreaming = {
          model: options.model,
          max_tokens: MAX_TOKENS[request.kind],
          system: request.kind === 'intake' ? intakePrompt.text : prompt.text,
          tools: [mediatorTurnTool],
          tool_choice: mediatorTurnToolChoice,
          messages: [{ role: 'user', content: buildUserPrompt(request) }],
        };
        const message = await client.messages.create(params, {
          signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
        });
        const response = readMediatorTurn(message, request);
        // A draft is checked against the tracked commitments before anyone sees it.
        if (request.kind === 'draft_agreement' && response.agreement) {
          response.agreement = checkDraft(response.agreement, request).draft;
        }
        return response;
      } catch (error) {
        throw toMediatorError(error, signals);
      }
    },

    async translate(request: TranslationRequest, signal?: AbortSignal): Promise<string> {
      const deadline = AbortSignal.timeout(overallDeadlineMs);
      try {
        if (signal?.aborted) throw signal.reason;
        const message = await client.messages.create(translationParams(request, options.model), {
          signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
        });
        return readTranslation(message);
      } catch (error) {
        throw toMediatorError(error, { caller: signal, deadline });
      }
    },
  };
}
