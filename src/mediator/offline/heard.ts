/**
 * What the facilitator heard in a message, ready to say back: the stated feelings and needs
 * in the second person, or the one sentence most worth quoting. Nothing with blame or
 * insults is ever picked.
 */

import { isQuotable } from './blame.js';
import { findTheme } from './needs.js';
import { toSecondPerson } from './person-shift.js';
import { extractStatements, type Statement } from './statements.js';
import { clipWords, lowerFirst, splitSentences, trimClause, wordCount } from './text.js';

/** A statement in the second person, ready to follow "it sounds like". */
export interface Heard {
  kind: Statement['kind'];
  text: string;
}

/** Negated wants ("I don't want...") say less about the need than positive ones. */
const NEGATED = /\b(?:don't|do not|didn't|never|no longer)\b/i;

/** Picks up to two statements: how they feel (or worry) first, then what they need or want. */
export function hearStatements(text: string): Heard[] {
  const statements = extractStatements(text).filter((s) => isQuotable(s.text));
  const feeling = statements.find((s) => s.kind === 'feeling' || s.kind === 'concern');
  const needs = statements.filter((s) => s.kind === 'need' || s.kind === 'want');
  const need = needs.find((s) => !NEGATED.test(s.text)) ?? needs[0];
  const chosen = [feeling, need].filter((s): s is Statement => s !== undefined);
  return (chosen.length > 0 ? chosen : statements.slice(0, 1)).map((s) => ({
    kind: s.kind,
    // Statements start with a pronoun ("I feel"), so lower-casing never touches a name.
    text: lowerFirst(toSecondPerson(s.text)),
  }));
}

/** The sentence most worth quoting: quotable, and preferably about something concrete. */
export function quotableSentence(text: string, maxWords = 18): string | null {
  const candidates = splitSentences(text)
    .map((s) =>
      s
        .replace(/,? you know(?: that)?\b/gi, '')
        .replace(/^(?:thank you|thanks|ok|okay|yeah|yes|no)\b[,.!]?\s*/i, ''),
    )
    .filter((s) => wordCount(s) >= 3 && isQuotable(s));
  // Sentences about the other person ("you never...") are theirs to answer, not ours to echo.
  const scored = candidates.map((s, i) => ({
    s,
    score: wordCount(s) + (findTheme(s) ? 20 : 0) - i - (/\byou\b/i.test(s) ? 30 : 0),
  }));
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]?.s;
  return best ? clipWords(trimClause(best), maxWords) : null;
}
