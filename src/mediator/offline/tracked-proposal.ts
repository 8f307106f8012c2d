import type { RawProposal } from './proposals.js';

/** A proposal as it stands after the whole conversation. */
export interface TrackedProposal extends RawProposal {
  proposerId: string;
  /** Who would carry it out: the proposer, the other person, or null for both. */
  committerId: string | null;
  /** Index of the participant turn it was made in. */
  turn: number;
  status: 'open' | 'accepted' | 'declined';
  /** Who still has to say yes: the other person, or the proposer once the other amended it. */
  awaitingId: string | null;
  /** The turn it was last made or amended in, so an answer goes to the most recent. */
  lastTurn: number;
  /** True once the other person changed a detail of it. */
  amended?: boolean;
  /** The turn an offer answering this request was folded into it, so only one is. */
  foldedTurn?: number;
  /** Set while a counter-offer that keeps the original alongside it is being added. */
  variant?: boolean;
}
