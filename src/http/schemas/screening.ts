/** The private screening before the joint session: its questions, the answers, what they mean. */
import { type Static, Type } from '@sinclair/typebox';
import { Nullable } from './common.js';

/** What a person's screening came to. */
export const ScreeningOutcome = Type.Union([
  Type.Literal('proceed'),
  Type.Literal('adapt'),
  Type.Literal('stop'),
]);

/** Where a person's own screening stands (the room shows the viewer's, never the other's). */
export const ScreeningStatus = Type.Object({
  /** `needed`: questions are waiting for this person; `done`: answered. */
  status: Type.Union([Type.Literal('needed'), Type.Literal('done')]),
  /** This person's own outcome (never the other person's). */
  outcome: Nullable(ScreeningOutcome),
});
export type ScreeningStatusResponse = Static<typeof ScreeningStatus>;

/** One screening answer: yes, no, not sure, or skipped. */
export const ScreeningAnswer = Type.Union([
  Type.Literal('yes'),
  Type.Literal('no'),
  Type.Literal('unsure'),
  Type.Literal('skip'),
]);

/** The private screening questions and where the caller's own screening stands. */
export const ScreeningQuestions = Type.Object({
  ...ScreeningStatus.properties,
  intro: Type.String(),
  questions: Type.Array(Type.Object({ id: Type.String(), text: Type.String() })),
});

/** Answers by question id; a question left out counts as skipped. */
export const ScreeningBody = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: 40 }), ScreeningAnswer, { maxProperties: 20 }),
  },
  { additionalProperties: false },
);

/** What the caller's answers mean for them (the other person never sees this). */
export const ScreeningResult = Type.Object({
  outcome: ScreeningOutcome,
  /** The private words for this person (helplines when the outcome is stop). */
  message: Type.String(),
  phase: Type.String(),
});
export type ScreeningResultResponse = Static<typeof ScreeningResult>;
