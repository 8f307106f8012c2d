/**
 * The words that stop and restart WhatsApp messages, in every shipped language (each language's
 * table in src/i18n/command-words/; Meta's English STOP works for everyone). A message counts
 * only when it is the word (or phrase) alone, so "stop shouting at me" is a message, not an
 * opt-out.
 */
import { allWords, foldWord } from '../../../i18n/command-words/index.js';

const STOP = allWords((t) => t.optOut.stop);
const START = allWords((t) => t.optOut.start);

const normalise = (text: string) =>
  foldWord(text.trim())
    .replace(/[.!?¡¿।؟\s]+$/u, '')
    .replace(/^[¡¿\s]+/u, '')
    .replace(/\s+/g, ' ');

const STOP_SET = new Set(STOP.map(normalise));
const START_SET = new Set(START.map(normalise));

/** `stop`, `start`, or null for any other message. */
export function optOutIntent(text: string | null): 'stop' | 'start' | null {
  if (!text || text.length > 40) return null;
  const word = normalise(text);
  if (STOP_SET.has(word)) return 'stop';
  if (START_SET.has(word)) return 'start';
  return null;
}
