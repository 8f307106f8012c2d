/**
 * What a sentence means, as numbers the classifier weighs: the mean and the maximum of its words'
 * vectors, so a disclosure in words the development part never used still lands near the ones it
 * did. Words a negation denies ("he has never hit me") are pooled apart, so denying an act does not
 * read as doing it.
 */
import type { Token } from './sentence-tokens.js';
import { loadWordVectors, type WordVectors } from './word-vectors.js';

// Max-pooling over "the", "and", "was" would say little: only words at least this rare take part.
const MAX_POOL_WEIGHT = 0.6;

/** The length of a sentence vector: mean of asserted words, their maximum, mean of denied words. */
export function sentenceVectorLength(vectors: WordVectors = loadWordVectors()): number {
  return vectors.dimensions * 3;
}

function rowOf(vectors: WordVectors, token: Token): number | undefined {
  return vectors.row(token.word) ?? vectors.row(token.stem) ?? vectors.row(`${token.stem}e`);
}

/** Scales a vector to unit length (left as is when empty). */
function toUnit(values: Float32Array): void {
  let total = 0;
  for (const value of values) total += value * value;
  const norm = Math.sqrt(total);
  if (norm > 0) for (let at = 0; at < values.length; at += 1) values[at] = (values[at] ?? 0) / norm;
}

/** The sentence's vector features (see `sentenceVectorLength`). */
export function sentenceVector(
  tokens: readonly Token[],
  vectors: WordVectors = loadWordVectors(),
): Float32Array {
  const size = vectors.dimensions;
  const asserted = new Float32Array(size);
  const denied = new Float32Array(size);
  const largest = new Float32Array(size);
  let pooled = false;
  for (const token of tokens) {
    const row = rowOf(vectors, token);
    if (row === undefined) continue;
    const weight = vectors.weight(row);
    vectors.addInto(token.negated ? denied : asserted, row, weight);
    if (token.negated || weight < MAX_POOL_WEIGHT) continue;
    for (let column = 0; column < size; column += 1) {
      const value = vectors.component(row, column);
      if (!pooled || value > (largest[column] ?? 0)) largest[column] = value;
    }
    pooled = true;
  }
  toUnit(asserted);
  toUnit(denied);
  const features = new Float32Array(size * 3);
  features.set(asserted, 0);
  features.set(largest, size);
  features.set(denied, size * 2);
  return features;
}
