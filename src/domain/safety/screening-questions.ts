/**
 * The private screening questions each person answers before the joint session. Behaviour-specific
 * questions find far more than "is there abuse?"; these paraphrase the domains of recognised
 * practice (the ideas behind MASIC-S, the DASH risk checklist, the Family Mediation Council's
 * screening guidance) in Meedi8's own words. Each can be answered yes, no, not sure, or skipped.
 */
import type { Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import type { SafetyCategory } from '../../mediator/mediator.js';

export interface ScreeningQuestion {
  id: 'afraid' | 'hurt' | 'control' | 'sexual' | 'children' | 'self_harm';
  /** The risks a "yes" points to (recorded as flags, and used to pick helplines). */
  categories: SafetyCategory[];
}

export const SCREENING_QUESTIONS: readonly ScreeningQuestion[] = [
  {
    id: 'afraid',
    categories: ['fear'],
  },
  {
    id: 'hurt',
    categories: ['violence', 'threats'],
  },
  {
    id: 'control',
    categories: ['coercive_control', 'stalking', 'financial_control'],
  },
  {
    id: 'sexual',
    categories: ['sexual_coercion'],
  },
  {
    id: 'children',
    categories: ['child_risk'],
  },
  {
    id: 'self_harm',
    categories: ['self_harm'],
  },
];

/** A question's words in the person's language (the screening catalogue). */
export function screeningQuestionText(locale: Locale, question: ScreeningQuestion): string {
  return translate('screening', locale, `q.${question.id}`);
}

/** What the person is told before the questions: why, that it is private, that they may skip. */
export function screeningIntro(locale: Locale): string {
  return translate('screening', locale, 'intro');
}
