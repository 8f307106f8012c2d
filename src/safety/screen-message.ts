import { SAFETY_CATEGORIES } from '../mediator/mediator.js';
import { isNegated } from './negation.js';
import { normaliseText } from './normalise-text.js';
import type { SafetyCategory, SafetyFlag, ScreeningRule } from './screen-types.js';
import { SCREENING_RULES } from './screening-rules.js';

interface CompiledRule extends ScreeningRule {
  /** Global copy so every occurrence can be checked: a denied first mention must not hide a later one. */
  all: RegExp;
}

const COMPILED: readonly CompiledRule[] = SCREENING_RULES.map((rule) => ({
  ...rule,
  all: new RegExp(rule.pattern.source, `${rule.pattern.flags}g`),
}));

function matches(rule: CompiledRule, text: string): boolean {
  for (const found of text.matchAll(rule.all)) {
    if (!rule.negatable || !isNegated(text, found.index, found[0])) return true;
  }
  return false;
}

/**
 * Screens one participant message for risk before the mediator answers. Deterministic and
 * pattern based; returns at most one flag per category, in `SAFETY_CATEGORIES` order.
 */
export function screenMessage(text: string): SafetyFlag[] {
  const normalised = normaliseText(text);
  if (normalised.length === 0) return [];
  const reasons = new Map<SafetyCategory, string>();
  for (const rule of COMPILED) {
    if (!reasons.has(rule.category) && matches(rule, normalised)) {
      reasons.set(rule.category, rule.reason);
    }
  }
  return SAFETY_CATEGORIES.flatMap((category) => {
    const reason = reasons.get(category);
    return reason === undefined ? [] : [{ category, reason }];
  });
}
