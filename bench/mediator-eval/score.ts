/** Scores one played conversation against what its script says was agreed and asked for. */

import type { EvalConversation, ExpectedChange } from './corpus-types.js';
import {
  brokenReason,
  hasDetail,
  holds,
  isAmendment,
  isDuplicate,
  namesDoer,
  norm,
} from './lines.js';
import { inventedMentions, offeredToDraft, stockSentences, titleMisused } from './listening.js';
import type { PlayedConversation } from './simulate.js';

/** The figures for one conversation. */
export interface ConversationScore {
  id: string;
  commitments: number;
  kept: number;
  missing: string[];
  broken: string[];
  duplicates: string[];
  excludedPresent: string[];
  change: 'applied' | 'amendment' | 'ignored';
  keptAfterChange: number;
  keptAfterChangeOf: number;
  stock: string[];
  invented: string[];
  titleMisused: boolean;
  offeredToDraft: boolean;
}

function linesOf(draft: { commitments: { text: string }[] }): string[] {
  return draft.commitments.map((c) => c.text);
}

function faults(
  lines: string[],
  conv: EvalConversation,
): { broken: string[]; duplicates: string[] } {
  const plain = lines.filter((l) => !isAmendment(l));
  const broken = plain.flatMap((l) => {
    const why = brokenReason(l, conv.people);
    return why ? [`${why}: ${l}`] : [];
  });
  const duplicates: string[] = [];
  for (const [i, a] of plain.entries()) {
    for (const b of plain.slice(i + 1)) if (isDuplicate(a, b)) duplicates.push(`${a} | ${b}`);
  }
  return { broken, duplicates };
}

function amendmentShown(lines: string[], conv: EvalConversation): boolean {
  const name = norm(conv.people[conv.change.by]);
  return lines.some((l) => isAmendment(l) && norm(l).includes(name));
}

function applied(expect: ExpectedChange, lines: string[], conv: EvalConversation): boolean {
  const plain = lines.filter((l) => !isAmendment(l));
  switch (expect.kind) {
    case 'remove':
      return !plain.some((l) => expect.details.every((d) => hasDetail(l, d)));
    case 'change': {
      const gone = !plain.some((l) => norm(l).includes(norm(expect.from)));
      const there = expect.to === '' || plain.some((l) => norm(l).includes(norm(expect.to)));
      return gone && there;
    }
    case 'add':
      return plain.some(
        (l) =>
          namesDoer(l, expect.who, conv.people) && expect.details.every((d) => hasDetail(l, d)),
      );
    case 'amend':
      return false;
  }
}

/** Details a change request touches, so commitments carrying them are not expected unchanged. */
function touched(expect: ExpectedChange): string[] {
  if (expect.kind === 'remove') return expect.details;
  if (expect.kind === 'change') return [expect.from];
  return [];
}

/** Scores the drafts and replies of one played conversation. */
export function score(played: PlayedConversation): ConversationScore {
  const conv = played.conversation;
  const first = linesOf(played.draft);
  const second = linesOf(played.revised);
  const missing = conv.commitments
    .filter((c) => !holds(first, c, conv))
    .map((c) => `${c.who === 'both' ? 'both' : conv.people[c.who]}: ${c.details.join(', ')}`);
  const { broken, duplicates } = faults(first, conv);
  const after = faults(second, conv);
  const excludedPresent = conv.excluded.filter((d) =>
    first.some((l) => !isAmendment(l) && hasDetail(l, d)),
  );
  const expect = conv.change.expect;
  const change = applied(expect, second, conv)
    ? 'applied'
    : amendmentShown(second, conv)
      ? 'amendment'
      : 'ignored';
  const untouched = conv.commitments.filter(
    (c) =>
      !c.details.some((d) =>
        touched(expect).some((t) => norm(t).includes(norm(d)) || norm(d).includes(norm(t))),
      ),
  );
  return {
    id: conv.id,
    commitments: conv.commitments.length,
    kept: conv.commitments.length - missing.length,
    missing,
    broken: [
      ...broken,
      ...after.broken.filter((b) => !broken.includes(b)).map((b) => `(revised) ${b}`),
    ],
    duplicates: [...duplicates, ...after.duplicates.map((d) => `(revised) ${d}`)],
    excludedPresent,
    change,
    keptAfterChange: untouched.filter((c) => holds(second, c, conv)).length,
    keptAfterChangeOf: untouched.length,
    stock: stockSentences(played).map((s) => `${Math.round(s.share * 100)}% ${s.sentence}`),
    invented: inventedMentions(played),
    titleMisused: titleMisused(played),
    offeredToDraft: offeredToDraft(played),
  };
}
