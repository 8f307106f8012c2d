/** Picks the safety screen for this configuration. */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createClaudeSafetyScreen } from './claude-safety-screen.js';
import { createOfflineSafetyScreen, type SafetyScreen } from './safety-screen.js';

/**
 * With `ANTHROPIC_API_KEY` set, the offline screen plus Claude's second opinion on what it
 * passes; otherwise (or with `MEDIATOR_PROVIDER=offline`, which keeps Meedi8 off the network)
 * the offline screen alone.
 */
export function createSafetyScreen(config: Config, logger: Logger): SafetyScreen {
  if (config.anthropicApiKey === null || config.mediatorProvider === 'offline') {
    return createOfflineSafetyScreen();
  }
  return createClaudeSafetyScreen({
    apiKey: config.anthropicApiKey,
    model: config.anthropicModel,
    baseURL: config.anthropicBaseUrl,
    timeoutMs: config.safetyScreenTimeoutMs,
    logger,
  });
}
