/**
 * Words the risk lexicon and indicators do not know, read as the known words they are used like:
 * "thumped" reads as "punch", "thigh" as "leg", when their word vectors point the same way. The
 * lists were written from the development part; people use other words for the same acts, and a
 * list of phrases cannot follow them, but the vectors (learned from a large body of ordinary text)
 * can.
 */
import { INDICATOR_SETS } from './indicator-sets.js';
import { CONTENT_CLASSES } from './risk-lexicon.js';
import { stem } from './tokenise.js';
import { loadWordVectors, type WordVectors } from './word-vectors.js';

// How alike two words' vectors must be (cosine) for an unknown word to read as a known one; chosen
// on the development part (see eval/safety/FROZEN.md, probe-6).
export const ALIKE_AT = Number(process.env.SAFETY_ALIKE ?? 1);
// Only words at least this rare are read as another word: common words ("go", "get", "take")
// have vectors near too many things to stand in for an act.
const RARE_WEIGHT = 0.75;
// A known word this common ("go", "get", "make") is never stood in for: too many words are near it.
const TARGET_WEIGHT = 0.6;
// The indicators' sets that name an act, an injury, an object or a risk (not who or when).
const CONTENT_SETS = [
  'HARM',
  'STRANGLE',
  'BODY',
  'INJURY',
  'WEAPON',
  'KILL',
  'FEAR',
  'FEARWIDE',
  'MONEY',
  'SEX',
  'SEXACT',
  'NUDE',
  'DEVICE',
  'SELFHARM',
];

interface Known {
  stems: ReadonlySet<string>;
  targets: Array<{ stem: string; vector: Float32Array }>;
}

let known: Known | undefined;

function unitVector(vectors: WordVectors, row: number): Float32Array {
  const vector = new Float32Array(vectors.dimensions);
  vectors.addInto(vector, row, 1);
  let total = 0;
  for (const value of vector) total += value * value;
  const norm = Math.sqrt(total) || 1;
  return vector.map((value) => value / norm);
}

function knownWords(vectors: WordVectors): Known {
  const words = new Set<string>([
    ...CONTENT_SETS.flatMap((name) => INDICATOR_SETS[name] ?? []),
    ...CONTENT_CLASSES.flatMap((entry) => entry.words),
  ]);
  const stems = new Set([...words].map(stem));
  // Every word any list names, in any class, is known: only words no list names are read alike.
  for (const list of Object.values(INDICATOR_SETS)) for (const word of list) stems.add(stem(word));
  const targets = [...words].flatMap((word) => {
    const row = vectors.row(word);
    if (row === undefined || vectors.weight(row) < TARGET_WEIGHT) return [];
    return [{ stem: stem(word), vector: unitVector(vectors, row) }];
  });
  return { stems, targets };
}

const cache = new Map<string, readonly string[]>();
const NONE: readonly string[] = [];

/**
 * The stem of the known word this word is used most like, when it is not known itself, is rare
 * enough and alike enough; otherwise none.
 */
export function alikeStems(
  word: string,
  wordStem: string,
  isKnown: (stem: string) => boolean,
): readonly string[] {
  if (ALIKE_AT >= 1) return NONE;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const vectors = loadWordVectors();
  known ??= knownWords(vectors);
  let found = NONE;
  const row = vectors.row(word);
  if (
    row !== undefined &&
    !known.stems.has(wordStem) &&
    !isKnown(wordStem) &&
    vectors.weight(row) >= RARE_WEIGHT
  ) {
    const vector = unitVector(vectors, row);
    let best = { stem: '', similarity: ALIKE_AT };
    for (const target of known.targets) {
      let similarity = 0;
      for (let at = 0; at < vector.length; at += 1) {
        similarity += (vector[at] ?? 0) * (target.vector[at] ?? 0);
      }
      if (similarity >= best.similarity) best = { stem: target.stem, similarity };
    }
    if (best.stem !== '') found = [best.stem];
  }
  cache.set(word, found);
  return found;
}
