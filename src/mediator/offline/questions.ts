/**
 * The questions the facilitator asks, one per reply, by stage. Each stage has several so
 * the facilitator can avoid asking the same thing twice in a row.
 */

import type { MediationStage } from '../mediator.js';

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
  'what else would help me understand your side before the other person joins?',
  "is there anything more you'd like to add about this?",
  'what would you most like the other person to understand when they read this?',
];

type Question = (c: QuestionContext) => string | null;

const QUESTIONS: Record<MediationStage, Question[]> = {
  opening: [() => 'would you start by describing what happened from your side, in your own words?'],
  perspectives: [
    () => "I'd like to hear your side now: how have things looked from where you stand?",
    () => 'what has this been like for you, in your own words?',
    (c) => (c.topic ? `when you think about ${c.topic}, what has been hardest for you?` : null),
    () => 'how do you see what has been happening?',
  ],
  understanding: [
    (c) => `what did you hear ${c.other} say matters most to them, before you add your own view?`,
    (c) => `is there anything in what ${c.other} just said that you hadn't realised before?`,
    (c) => `what would you most like ${c.other} to understand about how this has been for you?`,
    () => 'how does it land for you to hear that, and what would you add from your side?',
  ],
  common_ground: [
    (c) => `what's one thing ${c.other} said that you agree with, even partly?`,
    () => 'what do you think you both want here, underneath the disagreement?',
    () => 'what would need to be true for this to feel fair to both of you?',
    (c) => (c.topic ? `what do you think you both care about when it comes to ${c.topic}?` : null),
  ],
  options: [
    () => "what's one specific thing you'd be willing to try, and when?",
    (c) => `what could you offer that would make a real difference for ${c.other}?`,
    () => 'if you both tried something for the next two weeks, what would you suggest?',
    (c) =>
      c.otherHasProposed
        ? `how would ${c.other}'s idea work for you in practice, and what would you change?`
        : null,
  ],
  agreement: [
    () => "is there anything you'd want to change before this is written up as an agreement?",
    () => 'does this feel workable for you as it stands?',
    () => "when would you like to check in together on how it's going?",
    () => 'what would help you both stick to this when things get busy?',
  ],
};

/** The questions that fit a stage and context, in a fixed order (without the name in front). */
export function questionsFor(stage: MediationStage, context: QuestionContext): string[] {
  if (context.sameSpeaker) return CONTINUING;
  return QUESTIONS[stage].map((q) => q(context)).filter((q): q is string => q !== null);
}
