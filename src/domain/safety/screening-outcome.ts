/**
 * From a person's screening answers to what happens next, as practitioners decide it:
 * - `stop`: any sign of abuse, fear or risk. An AI mediator with no human in the loop cannot
 *   offer the protections a joint session would then need, so it does not go ahead.
 * - `adapt`: something was unsure or skipped. The joint session goes ahead with care: the
 *   person's words are summarised by the mediator rather than passed on as written, and breaks
 *   are offered.
 * - `proceed`: every answer was no.
 */
import { allWords, foldWord } from '../../i18n/command-words/index.js';
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

/** Folds a typed answer for matching: case, accents, apostrophes and punctuation away. */
function foldAnswer(words: string): string {
  return foldWord(words)
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{M}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every shipped language's whole answers, folded: anyone may answer in any of them. */
const WHOLE_ANSWERS: ReadonlyMap<string, ScreeningAnswer> = (() => {
  const answers = new Map<string, ScreeningAnswer>();
  for (const answer of ['yes', 'no', 'unsure', 'skip'] as const) {
    for (const typed of allWords((t) => t.screeningAnswers[answer])) {
      // The first language to claim a word keeps it (a test keeps them from disagreeing).
      if (!answers.has(foldAnswer(typed))) answers.set(foldAnswer(typed), answer);
    }
  }
  return answers;
})();

/**
 * Reads a typed or tapped answer: yes, no, not sure, skip (and their plain forms), else null.
 * An answer that starts with a yes ("yes he did once") is a yes; one that starts with a no but
 * goes on with "but…" or "once" is read as not sure, so a qualified no is never taken for a
 * plain no.
 */
export function parseScreeningAnswer(words: string): ScreeningAnswer | null {
  const w = foldAnswer(words);
  const whole = WHOLE_ANSWERS.get(w);
  if (whole) return whole;
  const [first] = w.split(' ');
  if (first && /^(yes|yeah|yea|yep|yup|ya)$/.test(first)) return 'yes';
  if (first && /^(no|nope|nah|na|never)$/.test(first)) {
    return /\b(but|except|once|sometimes|used to|apart from|not sure)\b/.test(w) ? 'unsure' : 'no';
  }
  return null;
}
