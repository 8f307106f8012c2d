/** Picks the mediator provider from configuration: Claude when a key is set, else offline. */
import type { Config } from '../config.js';
import { createClaudeMediator } from './claude/claude-mediator.js';
import type { Mediator } from './mediator.js';
import { createOfflineMediator } from './offline/offline-mediator.js';

/** The configured mediator (`MEDIATOR_PROVIDER`, `ANTHROPIC_*`). */
export function createMediator(config: Config): Mediator {
  const useClaude =
    config.mediatorProvider === 'claude' ||
    (config.mediatorProvider === 'auto' && config.anthropicApiKey !== null);
  if (useClaude && config.anthropicApiKey) {
    return createClaudeMediator({
      apiKey: config.anthropicApiKey,
      model: config.anthropicModel,
      baseURL: config.anthropicBaseUrl,
      timeoutMs: config.mediatorTimeoutMs,
      maxRetries: 1,
    });
  }
  return createOfflineMediator();
}
