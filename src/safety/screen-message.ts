import { SAFETY_CATEGORIES } from '../mediator/mediator.js';
import { indicatorFlags } from './indicator-screen.js';
import { languageFlags } from './languages/language-screen.js';
import { messageFeatures } from './message-features.js';
import { categoryShares, linearScore, loadSafetyModel, sigmoid } from './safety-model.js';
import type { SafetyCategory, SafetyFlag } from './screen-types.js';
import { readMessage } from './sentence-tokens.js';

const MODEL = loadSafetyModel();

/** Why the classifier flagged a category; names the category's kind, never the words. */
const CLASSIFIER_REASON = 'wording like known disclosures';

/**
 * Screens one participant message for risk before the mediator answers: the risk indicators
 * (who did what to whom, with negation and whose story it is), in English and in every other
 * shipped language (src/safety/languages/), then, when none fired, the
 * classifier trained on the development corpus. Deterministic and offline, well under a
 * millisecond a message; returns at most one flag per category, in `SAFETY_CATEGORIES` order.
 */
export function screenMessage(text: string): SafetyFlag[] {
  const message = readMessage(text);
  // A message in Arabic or Devanagari script has no English words, but may still disclose.
  const english = message.sentences.length > 0 ? indicatorFlags(message) : [];
  const reasons = new Map<SafetyCategory, string>();
  for (const flag of [...english, ...languageFlags(text)]) {
    if (!reasons.has(flag.category)) reasons.set(flag.category, flag.reason);
  }
  if (reasons.size === 0 && message.sentences.length > 0) {
    for (const category of classifierCategories(message)) reasons.set(category, CLASSIFIER_REASON);
  }
  return SAFETY_CATEGORIES.flatMap((category) => {
    const reason = reasons.get(category);
    return reason === undefined ? [] : [{ category, reason }];
  });
}

/** The classifier's reading: the categories of its most likely disclosing sentence, if any. */
export function classifierCategories(message: ReturnType<typeof readMessage>): SafetyCategory[] {
  let best: { probability: number; features: Set<string> } | null = null;
  for (const features of messageFeatures(message)) {
    const probability = sigmoid(linearScore(MODEL.disclosure, features));
    if (best === null || probability > best.probability) best = { probability, features };
  }
  if (best === null || best.probability < MODEL.threshold) return [];
  const shares = categoryShares(MODEL, best.features);
  const top = Math.max(...shares.map((entry) => entry.share));
  return shares
    .filter((entry) => entry.share === top || entry.share >= MODEL.secondCategoryShare)
    .map((entry) => entry.category);
}
