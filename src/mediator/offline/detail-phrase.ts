/**
 * A detail as it was said with its little word in front ("on fridays", "by the 7th of every
 * month"), so a when added to a commitment later reads the way the person put it.
 */

import { type Detail, prepositionFor } from './details.js';

const BEFORE = /\b(?:on|at|by|from|every|each|before|after|till|until|starting)\s+(?:the\s+)?$/i;
const AFTER = /^(?:\s+of)?(?:\s+(?:each|every|the))?\s+(?:month|week|fortnight)\b/i;

/** The detail with the word that introduces it, taken from the sentence it was said in. */
export function detailPhrase(sentence: string, detail: Detail): string {
  const before = BEFORE.exec(sentence.slice(0, detail.index));
  const end = detail.index + detail.text.length;
  const after = AFTER.exec(sentence.slice(end))?.[0] ?? '';
  const lead = before
    ? sentence.slice(before.index, detail.index)
    : `${prepositionFor(detail.kind)} `;
  return `${lead}${detail.text}${after}`.replace(/\s+/g, ' ').trim();
}

/** Day and date both say when; a time, an amount, each its own. */
export function whenKind(kind: Detail['kind']): string {
  return kind === 'day' || kind === 'date' ? 'when' : kind;
}
