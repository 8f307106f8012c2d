/**
 * Reads a folded message the way one language pack sees it: sentences of words, each word that a
 * negation denies marked with `¬` ("nunca me ha ¬pegado"), joined by single spaces with a space
 * at each end, so the pack's patterns (compiled to regular expressions) match whole words.
 */
import type { LanguagePack } from './language-pack.js';

/** The mark on a word a negation denies. */
export const DENIED = '¬';
// Words run of letters, marks and digits; apostrophes and hyphens split ("m'a", "deu-me").
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SENTENCE_END = /[.!?;\n؟।|]+/u;
const CLAUSE_END = /[,،:()"]+/u;
// How many words a negation denies, unless a clause ends first or the pack says otherwise.
const SCOPE = 4;

/** The pack's reading of a message: one string per sentence. */
export function readSentences(pack: LanguagePack, folded: string): string[] {
  const negators = new Set(pack.negators);
  const scopeEnds = new Set(pack.scopeEnds);
  return folded
    .split(SENTENCE_END)
    .map((sentence) => {
      const words = sentence
        .split(CLAUSE_END)
        .flatMap((clause) => markDenied(clauseWords(pack, clause), negators, scopeEnds, pack));
      return words.length === 0 ? '' : ` ${words.join(' ')} `;
    })
    .filter((sentence) => sentence.length > 0);
}

function clauseWords(pack: LanguagePack, clause: string): string[] {
  return (clause.match(WORD) ?? []).flatMap((word) => {
    const spelled = pack.spellings?.[word];
    if (spelled !== undefined) return spelled.split(' ');
    return pack.splitWord ? [...pack.splitWord(word)] : [word];
  });
}

function markDenied(
  words: string[],
  negators: ReadonlySet<string>,
  scopeEnds: ReadonlySet<string>,
  pack: LanguagePack,
): string[] {
  let remaining = 0;
  return words.map((word) => {
    let denied = false;
    if (scopeEnds.has(word)) remaining = 0;
    else if (remaining > 0) {
      denied = true;
      remaining -= 1;
    }
    if (negators.has(word)) remaining = pack.scope ?? SCOPE;
    if (pack.negatedWord?.test(word)) denied = true;
    return denied ? `${DENIED}${word}` : word;
  });
}
