/**
 * The questions the facilitator asks, one per reply, by stage. Each stage has several so
 * the facilitator can avoid asking the same thing twice in a row.
 */

import type { MessageValues } from '../../i18n/catalogue-types.js';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales.js';
import type { MediationStage } from '../mediator.js';
import { type MediatorKey, say } from './catalogue-text.js';

/** What a question may refer to. */
export interface QuestionContext {
  /** The person who just spoke (or "the other person"), as the next speaker should hear it. */
  other: string;
  /** What the conversation is about, e.g. "the housework", or null when unclear. */
  topic: string | null;
  /** True when the other person has put an idea on the table that the next speaker can test. */
  otherHasProposed: boolean;
  /** True when the same person speaks again (the other person has not joined yet). */
  sameSpeaker: boolean;
}

/** For someone still on their own in the room: invite more of their side, not a handover. */
const CONTINUING = [
  'question.continuing_1',
  'question.continuing_2',
  'question.continuing_3',
] as const;

type Question = (c: QuestionContext) => [MediatorKey, MessageValues?] | null;

const QUESTIONS: Record<MediationStage, Question[]> = {
  opening: [() => ['opening.invite']],
  perspectives: [
    () => ['question.perspectives_1'],
    () => ['question.perspectives_2'],
    (c) => (c.topic ? ['question.perspectives_topic', { topic: c.topic }] : null),
    () => ['question.perspectives_3'],
  ],
  understanding: [
    (c) => ['question.understanding_1', { other: c.other }],
    (c) => ['question.understanding_2', { other: c.other }],
    (c) => ['question.understanding_3', { other: c.other }],
    () => ['question.understanding_4'],
  ],
  common_ground: [
    (c) => ['question.common_ground_1', { other: c.other }],
    () => ['question.common_ground_2'],
    () => ['question.common_ground_3'],
    (c) => (c.topic ? ['question.common_ground_topic', { topic: c.topic }] : null),
  ],
  options: [
    () => ['question.options_1'],
    (c) => ['question.options_2', { other: c.other }],
    () => ['question.options_3'],
    (c) => (c.otherHasProposed ? ['question.options_proposed', { other: c.other }] : null),
  ],
  agreement: [
    () => ['question.agreement_1'],
    () => ['question.agreement_2'],
    () => ['question.agreement_3'],
    () => ['question.agreement_4'],
  ],
};

/** The questions that fit a stage and context, in a fixed order (without the name in front). */
export function questionsFor(
  stage: MediationStage,
  context: QuestionContext,
  locale: Locale = SOURCE_LOCALE,
): string[] {
  if (context.sameSpeaker) return CONTINUING.map((key) => say(locale, key));
  return QUESTIONS[stage]
    .map((q) => q(context))
    .filter((q) => q !== null)
    .map(([key, values]) => say(locale, key, values));
}
