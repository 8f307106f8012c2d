import { screenMessage } from './screen-message.js';
import type { SafetyFlag } from './screen-types.js';

/**
 * The one screen every front end's words pass through (web turns, held messages, the WhatsApp
 * intakes). Offline by default; a provider may add a second opinion. It never throws: a failing
 * second opinion falls back to the offline result, so a screen never blocks a turn.
 */
export interface SafetyScreen {
  screen(text: string): Promise<SafetyFlag[]>;
}

/** The offline screen alone. */
export function createOfflineSafetyScreen(): SafetyScreen {
  return { screen: async (text) => screenMessage(text) };
}
