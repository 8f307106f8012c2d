/**
 * The safety classifier's trained weights (src/safety/trained/safety-model.json, written by
 * `npm run train:safety` from the development corpus) and how a sentence is scored with them.
 */
import { readFileSync } from 'node:fs';
import { SAFETY_CATEGORIES } from '../mediator/mediator.js';
import type { FeatureSet } from './message-features.js';
import type { SafetyCategory } from './screen-types.js';

/** Weights of one linear model: a bias and a weight per feature name (absent = 0). */
export interface LinearWeights {
  bias: number;
  weights: Record<string, number>;
}

/** The committed model: is this a disclosure, and if so of which risks. */
export interface SafetyModel {
  /** Logistic model for "this sentence discloses a risk". */
  disclosure: LinearWeights;
  /** Probability at or above which a sentence is flagged, chosen by cross-validation on the dev corpus. */
  threshold: number;
  /** One softmax score per category, read only for sentences already judged disclosures. */
  categories: Record<SafetyCategory, LinearWeights>;
  /** A category is flagged alongside the most likely one when its share reaches this. */
  secondCategoryShare: number;
}

/** Loads the committed model once; the file travels with the build (see scripts/build-server.ts). */
export function loadSafetyModel(): SafetyModel {
  const text = readFileSync(new URL('./trained/safety-model.json', import.meta.url), 'utf8');
  return JSON.parse(text) as SafetyModel;
}

/** The linear score of a feature set. */
export function linearScore(model: LinearWeights, features: FeatureSet): number {
  let score = model.bias;
  for (const name of features) score += model.weights[name] ?? 0;
  return score;
}

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Each category's share of a disclosure (softmax over the category scores), in category order. */
export function categoryShares(
  model: SafetyModel,
  features: FeatureSet,
): Array<{ category: SafetyCategory; share: number }> {
  const scores = SAFETY_CATEGORIES.map((category) =>
    linearScore(model.categories[category], features),
  );
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return SAFETY_CATEGORIES.map((category, index) => ({
    category,
    share: (exps[index] ?? 0) / total,
  }));
}
