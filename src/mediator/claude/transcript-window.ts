/**
 * Chooses which part of a long mediation goes to Claude, so requests stay fast and cheap
 * while the mediator still sees the opening (the ground rules both people accepted) and
 * the most recent exchange.
 */
import type { TranscriptEntry } from '../mediator.js';

/** How much of the conversation one request may carry. */
export interface TranscriptBudget {
  /** Most lines sent, the kept opening included. */
  maxLines: number;
  /** Most characters of message text sent, summed over the lines. */
  maxChars: number;
  /** Longest single line; longer ones are cut so one message cannot crowd out the rest. */
  maxLineChars: number;
}

/** Roughly 6k tokens of conversation: plenty for turn-by-turn mediation. */
export const DEFAULT_TRANSCRIPT_BUDGET: TranscriptBudget = {
  maxLines: 60,
  maxChars: 24_000,
  maxLineChars: 4_000,
};

/** The lines to send: an optional opening, then how many were left out, then the recent lines. */
export interface TranscriptWindow {
  /** The mediator's first line, kept when older lines had to be dropped. */
  opening: TranscriptEntry | null;
  /** Lines left out between `opening` and `recent`. */
  omitted: number;
  /** The newest lines, oldest first. */
  recent: TranscriptEntry[];
}

const CUT_MARK = ' […]';

/** Shortens one line's text to the per-line limit, marking the cut. */
function clip(entry: TranscriptEntry, maxLineChars: number): TranscriptEntry {
  if (entry.text.length <= maxLineChars) return entry;
  const keep = Math.max(0, maxLineChars - CUT_MARK.length);
  return { ...entry, text: `${entry.text.slice(0, keep)}${CUT_MARK}` };
}

/** Picks the newest lines that fit the budget, keeping the mediator's opening line if it was cut. */
export function selectTranscriptWindow(
  transcript: readonly TranscriptEntry[],
  budget: TranscriptBudget = DEFAULT_TRANSCRIPT_BUDGET,
): TranscriptWindow {
  const lines = transcript.map((entry) => clip(entry, budget.maxLineChars));
  const totalChars = lines.reduce((sum, entry) => sum + entry.text.length, 0);
  if (lines.length <= budget.maxLines && totalChars <= budget.maxChars) {
    return { opening: null, omitted: 0, recent: lines };
  }

  const first = lines[0];
  const opening = first && first.participantId === null ? first : null;
  const lineRoom = budget.maxLines - (opening ? 1 : 0);
  const charRoom = budget.maxChars - (opening ? opening.text.length : 0);

  const recent: TranscriptEntry[] = [];
  let chars = 0;
  for (let index = lines.length - 1; index >= (opening ? 1 : 0); index--) {
    const entry = lines[index]!;
    const fits = recent.length < lineRoom && chars + entry.text.length <= charRoom;
    // The newest line is what the mediator is answering, so it goes in even when over budget.
    if (!fits && recent.length > 0) break;
    recent.unshift(entry);
    chars += entry.text.length;
  }

  const omitted = lines.length - recent.length - (opening ? 1 : 0);
  // Nothing was dropped after all (the opening alone overflowed): send the lines in order.
  if (omitted === 0) return { opening: null, omitted: 0, recent: lines };
  return { opening, omitted, recent };
}
