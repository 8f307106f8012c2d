/**
 * Finds the feelings, needs, wants and concerns a participant states about themselves
 * ("I feel...", "I need...", "it hurts when..."). These are what a facilitator reflects,
 * and both people stating them is what moves a mediation towards common ground.
 */

import { clipWords, splitSentences, trimClause } from './text.js';

export type StatementKind = 'feeling' | 'need' | 'want' | 'concern';

/** One thing a participant said about their own experience, in their words. */
export interface Statement {
  kind: StatementKind;
  /** The clause as written (first person), clipped to a quotable length. */
  text: string;
}

const ADV =
  '(?:(?:really|just|so|very|also|often|sometimes|honestly|actually|still|kind of|a bit) )*';
const NEG = "(?:(?:don't|do not|didn't|never|no longer) )?";
const FEELING_WORDS =
  'hurt|upset|angry|frustrated|tired|exhausted|sad|stressed|overwhelmed|lonely|disappointed|' +
  'fed up|worn out|annoyed|confused|stuck|drained|sick of|done with|invisible|unappreciated|' +
  'taken for granted|heartbroken|resentful|ashamed|embarrassed|exhausted|furious|hopeless';

const LEADS: Array<{ kind: StatementKind; pattern: string }> = [
  {
    kind: 'concern',
    pattern: `\\bI(?:'m| am) ${ADV}(?:worried|concerned|afraid|scared|anxious|nervous)\\b`,
  },
  { kind: 'concern', pattern: `\\bI ${ADV}worry\\b|\\bwhat worries me\\b` },
  { kind: 'concern', pattern: '\\bmy (?:biggest |main |real |only )?(?:concern|worry|fear)\\b' },
  {
    kind: 'feeling',
    pattern: `\\bI(?:'ve| have)? ${ADV}${NEG}(?:been )?${ADV}(?:feel|felt|feeling)\\b`,
  },
  {
    kind: 'feeling',
    pattern: `\\bI(?:'m| am|'ve been| have been) ${ADV}(?:feeling |getting )?(?:${FEELING_WORDS})\\b`,
  },
  { kind: 'feeling', pattern: `\\bI get ${ADV}(?:${FEELING_WORDS})\\b` },
  {
    kind: 'feeling',
    pattern: `\\b(?:it|this|that) ${ADV}(?:hurts|hurt|upsets me|makes me (?:feel )?)`,
  },
  { kind: 'need', pattern: `\\bI ${ADV}${NEG}${ADV}need\\b` },
  {
    kind: 'need',
    pattern:
      "\\bwhat I (?:really )?need\\b|\\b(?:it's|it is) important to me\\b|\\b(?:what )?matters (?:most )?to me\\b",
  },
  {
    kind: 'want',
    pattern: `\\bI ${ADV}${NEG}${ADV}(?:want|wish|hope)\\b|\\bI(?:'d| would) ${ADV}(?:like|love)\\b`,
  },
  { kind: 'want', pattern: '\\bwhat I (?:really )?want\\b' },
];

const LEAD_RE = new RegExp(LEADS.map((l) => `(${l.pattern})`).join('|'), 'giu');

/** Where the clause started by a lead stops: a contrast, a semicolon or a new clause. */
const CLAUSE_END = /,? but |;|, (?:and )?(?:so|because) | and then /i;

/** Chat fillers at the end of a clause that read oddly when reflected back. */
const TRAILING_FILLER = /\s+(?:though|anyway|honestly|really|tbh|lol|haha|either|to be honest)$/i;

/** Lists the statements in a message, in the order they were made. */
export function extractStatements(text: string, maxWords = 16): Statement[] {
  const found: Statement[] = [];
  for (const sentence of splitSentences(text)) {
    const matches = Array.from(sentence.matchAll(LEAD_RE));
    matches.forEach((match, i) => {
      const start = match.index ?? 0;
      const nextStart = matches[i + 1]?.index ?? sentence.length;
      let clause = sentence.slice(start, nextStart).replace(/,?\s*(?:and|but)?\s*$/i, '');
      const stop = clause.slice(match[0].length).search(CLAUSE_END);
      if (stop >= 0) clause = clause.slice(0, match[0].length + stop);
      const group = match.slice(1).findIndex((g) => g !== undefined);
      const kind = LEADS[group]?.kind ?? 'feeling';
      const trimmed = trimClause(trimClause(clause).replace(TRAILING_FILLER, ''));
      // A bare lead ("I need", "I feel") says nothing worth reflecting.
      if (trimmed.split(' ').length <= match[0].trim().split(' ').length) return;
      found.push({ kind, text: clipWords(trimmed, maxWords) });
    });
  }
  return found;
}

/** True when a message states at least one feeling, need, want or concern. */
export function statesFeelingsOrNeeds(text: string): boolean {
  return extractStatements(text).length > 0;
}
