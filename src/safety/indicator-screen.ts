/**
 * Runs the risk indicators over a read message: a category is flagged when one of its patterns
 * matches a sentence, no guard shows an idiom, and the message is not about a film, a joke or
 * someone else's story.
 */
import { type CompiledPattern, compilePattern, matchesPattern } from './indicator-pattern.js';
import { INDICATOR_SETS } from './indicator-sets.js';
import { CONTROL_INDICATORS } from './indicators-control.js';
import { HARM_INDICATORS } from './indicators-harm.js';
import { INDIRECT_INDICATORS } from './indicators-indirect.js';
import { MONEY_SEX_SELF_INDICATORS } from './indicators-money-sex-self.js';
import type { RiskIndicator } from './risk-indicator.js';
import type { SafetyFlag } from './screen-types.js';
import type { ReadMessage, Token } from './sentence-tokens.js';
import { stem } from './tokenise.js';

interface CompiledIndicator {
  indicator: RiskIndicator;
  patterns: readonly CompiledPattern[];
  notAfter: ReadonlySet<string>;
  notNext: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
}

const stems = (words: readonly string[] | undefined): ReadonlySet<string> =>
  new Set((words ?? []).map(stem));

/** Every indicator, compiled once. */
export const RISK_INDICATORS: readonly CompiledIndicator[] = [
  ...HARM_INDICATORS,
  ...CONTROL_INDICATORS,
  ...MONEY_SEX_SELF_INDICATORS,
  ...INDIRECT_INDICATORS,
].map((indicator) => ({
  indicator,
  patterns: indicator.patterns.map((source) => compilePattern(source, INDICATOR_SETS)),
  notAfter: stems(indicator.notAfter),
  notNext: stems(indicator.notNext),
  notBefore: stems(indicator.notBefore),
}));

// Contexts in which words of harm are not a current risk to the writer: a film, someone else's
// story, something over and done with.
const NOT_CURRENT = ['MEDIA', 'OTHERS_POSS', 'OTHERS_STORY', 'RESOLVED_PAST'];

/** Flags from the indicators (at most one per indicator), in indicator order. */
export function indicatorFlags(message: ReadMessage): SafetyFlag[] {
  if (NOT_CURRENT.some((name) => message.context.has(name))) return [];
  const joking = message.context.has('JOKE');
  return RISK_INDICATORS.flatMap((compiled) => {
    const inJest = joking && compiled.indicator.evenInJest !== true;
    const hit = message.sentences.some((tokens) =>
      compiled.patterns.some((pattern) => {
        const match = matchesGuarded(compiled, pattern, tokens);
        // A laugh does not make harm done to the writer a joke: "he hits me when he's drunk lol".
        return match !== null && (!inJest || doneToTheWriter(tokens, match));
      }),
    );
    return hit
      ? [{ category: compiled.indicator.category, reason: compiled.indicator.reason }]
      : [];
  });
}

const THIRD_PERSON = new Set(['he', 'she', 'they']);
const WRITER = new Set(['me', 'us']);

/** "he … me": another person is the subject just before the match, and the writer its object. */
function doneToTheWriter(tokens: Token[], match: { start: number; end: number }): boolean {
  const opening = tokens.slice(Math.max(0, match.start - 2), match.start + 1);
  const span = tokens.slice(match.start, match.end + 1);
  return (
    opening.some((token) => THIRD_PERSON.has(token.word)) &&
    span.some((token) => WRITER.has(token.word))
  );
}

function matchesGuarded(
  compiled: CompiledIndicator,
  pattern: CompiledPattern,
  tokens: Token[],
): { start: number; end: number } | null {
  const match = matchesPattern(pattern, tokens);
  if (match === null) return null;
  const before = tokens[match.start - 1];
  const next = tokens[match.end];
  if (before !== undefined && compiled.notBefore.has(before.stem)) return null;
  if (next !== undefined && compiled.notNext.has(next.stem)) return null;
  const after = tokens.slice(match.end, match.end + 3);
  return after.some((token) => compiled.notAfter.has(token.stem)) ? null : match;
}
