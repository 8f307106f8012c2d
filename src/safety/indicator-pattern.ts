/**
 * A small pattern language over a sentence's stems and word classes, for risk indicators that
 * compose (who did what to whom) rather than fixed phrases. A pattern is slots separated by
 * spaces:
 *   `hit|kick`  one of these words (any form: "kicked", "kicking")
 *   `@HARM`     any word of a named set (see `INDICATOR_SETS`); `@WILL|threaten` mixes both
 *   `!@HARM`    …and not denied by a negation ("he never hit me")
 *   `^of|for`   one word that is none of these
 *   `<end>`     the end of the sentence
 *   `*4`        up to 4 words may come before the next slot (default 2)
 */
import type { Token } from './sentence-tokens.js';
import { stem } from './tokenise.js';

interface Slot {
  words: ReadonlySet<string>;
  /** True when the slot is any one word except `words`. */
  except: boolean;
  affirmed: boolean;
  gap: number;
}

/** A compiled pattern: slots in order. */
export type CompiledPattern = readonly Slot[];

const DEFAULT_GAP = 2;
const END = '<end>';

/** Compiles a pattern written in the language above against the given named sets. */
export function compilePattern(
  source: string,
  sets: Readonly<Record<string, readonly string[]>>,
): CompiledPattern {
  const slots: Slot[] = [];
  let gap = DEFAULT_GAP;
  for (const part of source.trim().split(/\s+/u)) {
    if (part.startsWith('*')) {
      gap = Number(part.slice(1));
      continue;
    }
    const affirmed = part.startsWith('!');
    const except = part.startsWith('^');
    const body = affirmed || except ? part.slice(1) : part;
    const words = body.split('|').flatMap((choice) => {
      if (!choice.startsWith('@')) return [choice];
      const set = sets[choice.slice(1)];
      if (set === undefined) throw new Error(`unknown set ${choice} in pattern "${source}"`);
      return set;
    });
    slots.push({ words: new Set(words.map(stem)), except, affirmed, gap });
    gap = DEFAULT_GAP;
  }
  return slots;
}

/** Where the pattern first matches in the sentence (`end` is one past its last word), or null. */
export function matchesPattern(
  pattern: CompiledPattern,
  tokens: readonly Token[],
): { start: number; end: number } | null {
  const first = pattern[0];
  if (first === undefined) return null;
  for (let start = 0; start < tokens.length; start += 1) {
    if (!fits(first, tokens[start])) continue;
    const end = matchFrom(pattern, 1, tokens, start + 1);
    if (end !== null) return { start, end };
  }
  return null;
}

function fits(slot: Slot, token: Token | undefined): boolean {
  if (token === undefined || (slot.affirmed && token.negated)) return false;
  return slot.words.has(token.stem) !== slot.except;
}

function matchFrom(
  pattern: CompiledPattern,
  index: number,
  tokens: readonly Token[],
  from: number,
): number | null {
  const slot = pattern[index];
  if (slot === undefined) return from;
  if (slot.words.has(END) && from <= tokens.length && from + slot.gap >= tokens.length) {
    const end = matchFrom(pattern, index + 1, tokens, tokens.length);
    if (end !== null) return end;
  }
  for (let at = from; at <= from + slot.gap && at < tokens.length; at += 1) {
    if (!fits(slot, tokens[at])) continue;
    const end = matchFrom(pattern, index + 1, tokens, at + 1);
    if (end !== null) return end;
  }
  return null;
}
