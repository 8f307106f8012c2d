/**
 * From a person's screening answers to what happens next, as practitioners decide it:
 * - `stop`: any sign of abuse, fear or risk. An AI mediator with no human in the loop cannot
 *   offer the protections a joint session would then need, so it does not go ahead.
 * - `adapt`: something was unsure or skipped. The joint session goes ahead with care: the
 *   person's words are summarised by the mediator rather than passed on as written, and breaks
 *   are offered.
 * - `proceed`: every answer was no.
 */
import type { SafetyFlag } from '../../mediator/mediator.js';
import type { ScreeningAnswer } from '../../storage/schema.js';
import { SCREENING_QUESTIONS } from './screening-questions.js';

export type ScreeningOutcome = 'proceed' | 'adapt' | 'stop';

/** The outcome of a complete set of answers (a missing answer counts as skipped). */
export function screeningOutcome(answers: Record<string, ScreeningAnswer>): ScreeningOutcome {
  const given = SCREENING_QUESTIONS.map((q) => answers[q.id] ?? 'skip');
  if (given.includes('yes')) return 'stop';
  if (given.some((a) => a === 'unsure' || a === 'skip')) return 'adapt';
  return 'proceed';
}

/** The risks a person's "yes" answers point to, as flags for the record and the helplines. */
export function screeningFlags(answers: Record<string, ScreeningAnswer>): SafetyFlag[] {
  return SCREENING_QUESTIONS.filter((q) => answers[q.id] === 'yes').flatMap((q) =>
    q.categories.map((category) => ({ category, reason: `screening: ${q.id}` })),
  );
}

const YES =
  /^(yes|yeah|yea|yep|yup|ya|y|sometimes|occasionally|often|a lot|all the time|a bit|a little|kind of|kinda|sort of|i am|i do|it has|it does|they have|he has|she has|they do|he does|she does|he did|she did|they did|used to|it used to|he used to|she used to|they used to)$/;
const NO =
  /^(no|nope|nah|na|n|never|not really|no never|not at all|no not at all|no not really|nothing like that|none|no one|nobody|not applicable|n a|no kids|no children|we have no kids|we dont have kids|no way|definitely not|of course not)$/;
const UNSURE =
  /^(not sure|unsure|maybe|dont know|do not know|i dont know|i do not know|idk|dunno|perhaps|possibly|hard to say|not certain|im not sure|i am not sure|depends)$/;
const SKIP =
  /^(skip|pass|next|rather not say|prefer not to say|id rather not say|i would rather not say|skip it|skip this one)$/;

/**
 * Reads a typed or tapped answer: yes, no, not sure, skip (and their plain forms), else null.
 * An answer that starts with a yes ("yes he did once") is a yes; one that starts with a no but
 * goes on with "but…" or "once" is read as not sure, so a qualified no is never taken for a
 * plain no.
 */
export function parseScreeningAnswer(words: string): ScreeningAnswer | null {
  const w = words
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (YES.test(w)) return 'yes';
  if (NO.test(w)) return 'no';
  if (UNSURE.test(w)) return 'unsure';
  if (SKIP.test(w)) return 'skip';
  const [first] = w.split(' ');
  if (first && /^(yes|yeah|yea|yep|yup|ya)$/.test(first)) return 'yes';
  if (first && /^(no|nope|nah|na|never)$/.test(first)) {
    return /\b(but|except|once|sometimes|used to|apart from|not sure)\b/.test(w) ? 'unsure' : 'no';
  }
  return null;
}
