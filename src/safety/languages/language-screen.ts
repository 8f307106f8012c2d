/**
 * The safety screen's indicators in the other shipped languages (Spanish, Portuguese, French,
 * German, Hindi in Devanagari and romanised, Arabic). Every pack whose script the message uses
 * reads it; no language is detected first, so a message mixing languages is read by each. A
 * message in a film, a joke (except self-harm), someone else's story or a past that has ended,
 * by any pack's cues, raises no flag here.
 */
import type { SafetyFlag } from '../screen-types.js';
import { compileIndicator } from './compile-language-pattern.js';
import { foldText, scriptsOf } from './fold-text.js';
import type { LanguagePack } from './language-pack.js';
import { LANGUAGE_PACKS } from './packs.js';
import { readSentences } from './read-language.js';

interface CompiledPack {
  pack: LanguagePack;
  indicators: Array<{
    category: SafetyFlag['category'];
    reason: string;
    evenInJest: boolean;
    patterns: RegExp[];
  }>;
}

const COMPILED: readonly CompiledPack[] = LANGUAGE_PACKS.map((pack) => {
  const sets = Object.fromEntries(
    Object.entries(pack.sets).map(([name, words]) => [name, words.trim().split(/\s+/u)]),
  );
  return {
    pack,
    indicators: pack.indicators.map((indicator) => ({
      category: indicator.category,
      reason: indicator.reason,
      evenInJest: indicator.evenInJest === true,
      patterns: compileIndicator(indicator, pack, sets),
    })),
  };
});

type Context = 'media' | 'joke' | 'others' | 'resolved';

// English's common words, so that a pack stands down on an English message too.
const ENGLISH_MARKERS = new Set(
  'the and i she my is of it was you that his her him with for at but not have has had be been this they we just what when about would'.split(
    ' ',
  ),
);
const MARKERS = new Map(
  LANGUAGE_PACKS.map((pack) => [pack.code, new Set(pack.markers.trim().split(/\s+/u))]),
);

/**
 * The packs that read the message: those whose script it uses, less any Latin-script pack whose
 * common words are fewer than half another language's (a short message with none of anyone's
 * common words is read by every pack).
 */
function packsFor(folded: string): CompiledPack[] {
  const scripts = scriptsOf(folded);
  const inScript = COMPILED.filter(({ pack }) => scripts[pack.script]);
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const count = (set: ReadonlySet<string>) => words.filter((word) => set.has(word)).length;
  const scores = new Map(
    inScript.map(({ pack }) => [pack.code, count(MARKERS.get(pack.code) ?? new Set())]),
  );
  const best = Math.max(count(ENGLISH_MARKERS), ...scores.values());
  return inScript.filter(
    ({ pack }) => pack.script !== 'latin' || (scores.get(pack.code) ?? 0) * 2 >= best,
  );
}

/** Which not-current contexts any pack reads in the message. */
function contextsOf(packs: readonly CompiledPack[], folded: string): Set<Context> {
  const spaced = ` ${folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()} `;
  const found = new Set<Context>();
  for (const { pack } of packs) {
    const cues = pack.context;
    if (cues.media.test(spaced)) found.add('media');
    if (cues.joke.test(spaced)) found.add('joke');
    if (cues.othersOpening.test(spaced) && !cues.writerAsObject.test(spaced)) found.add('others');
    if (cues.ended.test(spaced) && !cues.continues.test(spaced)) found.add('resolved');
  }
  return found;
}

/** Flags from the other languages' indicators (at most one per indicator), in pack order. */
export function languageFlags(text: string): SafetyFlag[] {
  const folded = foldText(text);
  const packs = packsFor(folded);
  if (packs.length === 0) return [];
  const contexts = contextsOf(packs, folded);
  if (contexts.has('media') || contexts.has('others') || contexts.has('resolved')) return [];
  const joking = contexts.has('joke');
  return packs.flatMap(({ pack, indicators }) => {
    const sentences = readSentences(pack, folded);
    return indicators.flatMap((indicator) => {
      if (joking && !indicator.evenInJest) return [];
      const hit = sentences.some((sentence) =>
        indicator.patterns.some((pattern) => pattern.test(sentence)),
      );
      return hit ? [{ category: indicator.category, reason: indicator.reason }] : [];
    });
  });
}
