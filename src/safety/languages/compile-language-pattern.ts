/**
 * Compiles a language pack's indicator patterns to regular expressions over the sentences of
 * `readSentences`. The pattern language is the English indicators' (see indicator-pattern.ts:
 * `a|b`, `@SET`, `!` not denied, `^` none of, `*N` gap, `<end>`), with one addition for languages
 * that inflect and attach pronouns: `~` in a word stands for any letters, so `peg~` is every form
 * of "pegar" and `~ضرب~` every word with "ضرب" inside.
 */
import type { RiskIndicator } from '../risk-indicator.js';
import { foldText } from './fold-text.js';
import type { LanguagePack } from './language-pack.js';
import { DENIED } from './read-language.js';

const DEFAULT_GAP = 2;
const ANY_WORD = '[^ ]+ ';
const LETTERS = `[^ ${DENIED}]*`;

function alternative(word: string): string {
  // Patterns are written as people type; fold them as messages are folded (ى → ي, é → e).
  return foldText(word)
    .split('~')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join(LETTERS);
}

function choices(body: string, sets: Readonly<Record<string, readonly string[]>>): string {
  const words = body.split('|').flatMap((choice) => {
    if (!choice.startsWith('@')) return [choice];
    const set = sets[choice.slice(1)];
    if (set === undefined) throw new Error(`unknown set ${choice} in a language pattern`);
    return set;
  });
  return words.map(alternative).join('|');
}

const anyOf = (
  words: readonly string[] | undefined,
  sets: Readonly<Record<string, readonly string[]>>,
) => (words === undefined || words.length === 0 ? null : choices(words.join('|'), sets));

/** One indicator's patterns as regular expressions, guards folded in. */
export function compileIndicator(
  indicator: RiskIndicator,
  pack: LanguagePack,
  sets: Readonly<Record<string, readonly string[]>>,
): RegExp[] {
  const notBefore = anyOf(indicator.notBefore, sets);
  const notEarlier = anyOf(indicator.notEarlier, sets);
  const notNext = anyOf(indicator.notNext, sets);
  const notAfter = anyOf(indicator.notAfter, sets);
  const trailing = anyOf(pack.trailingNegators, {});
  return indicator.patterns.map((source) => {
    let body = '';
    let gap = DEFAULT_GAP;
    let first = true;
    let affirmed = false;
    for (const part of source.trim().split(/\s+/u)) {
      if (part.startsWith('*')) {
        gap = Number(part.slice(1));
        continue;
      }
      const lead = first ? '' : `(?:${ANY_WORD}){0,${gap}}`;
      if (part === '<end>') {
        body += `${lead}$`;
      } else if (part.startsWith('^')) {
        body += `${lead}(?!${DENIED}?(?:${choices(part.slice(1), sets)}) )${ANY_WORD}`;
      } else if (part.startsWith('!')) {
        affirmed = true;
        body += `${lead}(?:${choices(part.slice(1), sets)}) `;
      } else {
        body += `${lead}${DENIED}?(?:${choices(part, sets)}) `;
      }
      gap = DEFAULT_GAP;
      first = false;
    }
    const guards = [
      notBefore === null ? '' : `(?<! ${DENIED}?(?:${notBefore}) )`,
      notEarlier === null ? '' : `(?<! ${DENIED}?(?:${notEarlier}) (?:${ANY_WORD})*)`,
    ].join('');
    const after = [
      notNext === null ? '' : `(?!${DENIED}?(?:${notNext}) )`,
      notAfter === null ? '' : `(?!(?:${ANY_WORD}){0,2}${DENIED}?(?:${notAfter}) )`,
      trailing === null || !affirmed
        ? ''
        : `(?!(?:${ANY_WORD}){0,${pack.trailingScope ?? 0}}(?:${trailing}) )`,
    ].join('');
    return new RegExp(` ${guards}${body}${after}`, 'u');
  });
}
