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

/** Reads a typed or tapped answer: yes, no, not sure, skip (and their plain forms), else null. */
export function parseScreeningAnswer(words: string): ScreeningAnswer | null {
  const w = words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(yes|yeah|yep|yup|y|sometimes|i am|it has|they have|he has|she has|they do)$/.test(w))
    return 'yes';
  if (/^(no|nope|nah|n|never|not really|no never|no not at all|not at all)$/.test(w)) return 'no';
  if (
    /^(not sure|unsure|maybe|dont know|don't know|i don't know|i dont know|idk|perhaps|possibly)$/.test(
      w,
    )
  )
    return 'unsure';
  if (/^(skip|pass|next|rather not say|prefer not to say|i'd rather not say|skip it)$/.test(w))
    return 'skip';
  return null;
}
