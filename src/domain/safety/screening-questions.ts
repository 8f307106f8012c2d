/**
 * The private screening questions each person answers before the joint session. Behaviour-specific
 * questions find far more than "is there abuse?"; these paraphrase the domains of recognised
 * practice (the ideas behind MASIC-S, the DASH risk checklist, the Family Mediation Council's
 * screening guidance) in Meedi8's own words. Each can be answered yes, no, not sure, or skipped.
 */
import type { SafetyCategory } from '../../mediator/mediator.js';

export interface ScreeningQuestion {
  id: string;
  text: string;
  /** The risks a "yes" points to (recorded as flags, and used to pick helplines). */
  categories: SafetyCategory[];
}

export const SCREENING_QUESTIONS: readonly ScreeningQuestion[] = [
  {
    id: 'afraid',
    text: 'Are you ever afraid of the other person, or of what they might do?',
    categories: ['fear'],
  },
  {
    id: 'hurt',
    text: 'Has the other person ever hurt you, pushed or grabbed you, held you by the neck or choked you, or threatened to hurt you?',
    categories: ['violence', 'threats'],
  },
  {
    id: 'control',
    text: 'Do they check your phone, track where you go, or keep you from friends, family or money?',
    categories: ['coercive_control', 'stalking', 'financial_control'],
  },
  {
    id: 'sexual',
    text: 'Have they ever pressured or forced you into anything sexual you did not want?',
    categories: ['sexual_coercion'],
  },
  {
    id: 'children',
    text: 'Are you worried about the safety of any children involved? (If there are none, answer no.)',
    categories: ['child_risk'],
  },
  {
    id: 'self_harm',
    text: 'Lately, have you had thoughts of harming yourself or of ending your life?',
    categories: ['self_harm'],
  },
];

/** What the person is told before the questions: why, that it is private, that they may skip. */
export const SCREENING_INTRO =
  'Before the joint session, a few short questions, just for you. Your answers are private: the other person never sees them, and they are asked the same. Answer yes, no or not sure, or skip any question.';
