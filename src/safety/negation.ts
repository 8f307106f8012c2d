/**
 * Light negation check so denials ("he has never hit me") are not read as disclosures.
 * Deliberately cheap: it only looks a few words back inside the same clause.
 */

const NEGATION =
  /\b(?:never|not|no longer|nobody|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|hadn'?t|wouldn'?t|won'?t|wasn'?t|weren'?t|isn'?t|aren'?t|can'?t|cannot|couldn'?t|ain'?t)\b/u;
// A negation before one of these belongs to a different clause ("I don't know, but he hit me").
const CLAUSE_BREAK = /[.!?;,:]|\b(?:but|and|though|although|until|except|because|so|then)\b/gu;
// Three words reach "he has never" / "she didn't really" without swallowing "I don't know why he".
const WINDOW_WORDS = 3;

/** True when the match at `start` (in normalised text) is negated within its own clause. */
export function isNegated(text: string, start: number, matched: string): boolean {
  const before = text.slice(0, start);
  let clauseStart = 0;
  for (const found of before.matchAll(CLAUSE_BREAK)) {
    clauseStart = found.index + found[0].length;
  }
  const window = before
    .slice(clauseStart)
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(-WINDOW_WORDS)
    .join(' ');
  return NEGATION.test(`${window} ${matched}`);
}
