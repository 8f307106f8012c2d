/**
 * Embeds every message of the development part, whole and sentence by sentence (the screen's own
 * sentences, text-speak expanded), with the Universal Sentence Encoder, and caches the vectors in
 * a file outside the repository (`USE_CACHE`, default /tmp/use/embeddings-dev.json) for
 * scripts/safety/encoder-cv.ts. Prints the encoder's load time, memory and cost per message.
 * Only the development part is read: held-out parts and probes are never embedded here.
 *
 *   USE_MODULES=/tmp/use/node_modules npx tsx scripts/safety/embed-corpus.ts
 */
import { writeFileSync } from 'node:fs';
import { tokenise } from '../../src/safety/tokenise.js';
import { loadCorpus } from './corpus.js';
import { loadSentenceEncoder } from './sentence-encoder.js';

/** The texts the encoder reads for one message: the message itself, then each sentence. */
export function encoderTexts(text: string): { whole: string; sentences: string[] } {
  return { whole: text, sentences: tokenise(text).map((words) => words.join(' ')) };
}

export const CACHE = process.env.USE_CACHE ?? '/tmp/use/embeddings-dev.json';

async function main(): Promise<void> {
  const corpus = loadCorpus('dev');
  const before = process.memoryUsage();
  const loadStart = performance.now();
  const encoder = await loadSentenceEncoder();
  const loadOnlyMs = performance.now() - loadStart;
  await encoder.embed(['warm up']);
  // The first sentence also compiles the graph: a lazily loaded screen waits for both.
  const loadMs = performance.now() - loadStart;
  const loaded = process.memoryUsage();
  console.log(
    `load ${loadOnlyMs.toFixed(0)} ms, ${loadMs.toFixed(0)} ms with one warm-up sentence; rss +${((loaded.rss - before.rss) / 1e6).toFixed(0)} MB, heap +${((loaded.heapUsed - before.heapUsed) / 1e6).toFixed(0)} MB, external +${((loaded.external - before.external) / 1e6).toFixed(0)} MB`,
  );

  // Cost as the screen would pay it: one message at a time, the whole text and its sentences.
  const timings: number[] = [];
  for (const message of corpus.slice(0, Number(process.env.USE_TIMED ?? 300))) {
    const { whole, sentences } = encoderTexts(message.text);
    const start = performance.now();
    await encoder.embed([whole, ...sentences]);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const mean = timings.reduce((sum, t) => sum + t, 0) / timings.length;
  console.log(
    `per message (whole + sentences, one call): mean ${mean.toFixed(1)} ms, median ${timings[Math.floor(timings.length / 2)]!.toFixed(1)} ms, 99th percentile ${timings[Math.floor(timings.length * 0.99)]!.toFixed(1)} ms (${timings.length} messages)`,
  );

  // `-- --cost` measures load and cost only, writing nothing.
  if (process.argv.includes('--cost')) return;
  const texts = [...new Set(corpus.flatMap((m) => Object.values(encoderTexts(m.text)).flat()))];
  const vectors: Record<string, number[]> = {};
  const batchStart = performance.now();
  for (let i = 0; i < texts.length; i += 64) {
    const batch = texts.slice(i, i + 64);
    const embedded = await encoder.embed(batch);
    batch.forEach((text, k) => {
      vectors[text] = embedded[k]!.map((x) => Math.round(x * 1e5) / 1e5);
    });
  }
  console.log(
    `embedded ${texts.length} texts in batches of 64: ${((performance.now() - batchStart) / texts.length).toFixed(1)} ms a text; rss now ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  writeFileSync(CACHE, JSON.stringify(vectors));
  console.log(`wrote ${CACHE}`);
}

if (process.argv[1]?.endsWith('embed-corpus.ts')) await main();
