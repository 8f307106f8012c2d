/**
 * The shape of a scripted mediation for `npm run eval:mediator`: two people's turns, the
 * commitments they stated and accepted (the data a draft must hold), and one change request.
 */

/** Who a commitment belongs to: the first person (0), the second (1), or both. */
export type Who = 0 | 1 | 'both';

/** One accepted commitment: the doer and the details a signed line must carry, word for word. */
export interface ExpectedCommitment {
  who: Who;
  details: string[];
}

/** What the change request should do to the next draft. */
export type ExpectedChange =
  /** No line may carry these details any more. */
  | { kind: 'remove'; details: string[] }
  /** `from` must be gone and `to` present (an empty `to` removes a phrase). */
  | { kind: 'change'; from: string; to: string }
  /** A new line by `who` carrying the details. */
  | { kind: 'add'; who: Who; details: string[] }
  /** Too open to apply: it must appear as the person's own amendment. */
  | { kind: 'amend' };

/** One scripted two-person conversation with what it should produce. */
export interface EvalConversation {
  id: string;
  setting: 'couple' | 'co-parents' | 'family' | 'housemates' | 'neighbours';
  title: string;
  topic: string | null;
  people: [string, string];
  /** Turns in order: who speaks (index into `people`) and what they write. */
  turns: [0 | 1, string][];
  /** Everything stated and accepted, each once. */
  commitments: ExpectedCommitment[];
  /** Details offered but declined or replaced: no draft line may carry them. */
  excluded: string[];
  change: { by: 0 | 1; note: string; expect: ExpectedChange };
}
