/**
 * Does a sentence encoder help the safety classifier? Batch-wise cross-validation on the
 * development part only (one batch held out at a time, as `SAFETY_CV=batch npm run train:safety`
 * does), comparing, on the same folds:
 *   current   the committed classifier's recipe (sparse features, fit-linear.ts)
 *   use       logistic regression on Universal Sentence Encoder embeddings alone
 *   joint     one logistic model on the sparse features and the embedding together
 *   stack     the mean of the current and use models' log-odds
 * Each scores a message as its highest-scoring sentence (the whole message counts as one more
 * "sentence" for the embedding models). Figures: the classifier's own recall at 2 / 3 / 5% false
 * alarms, and the recall of the risk indicators together with the classifier when the classifier
 * adds at most 2 / 3 / 5% false alarms to the indicators'. Embeddings come from the cache that
 * embed-corpus.ts writes; no held-out part or probe is read.
 *
 *   npx tsx scripts/safety/encoder-cv.ts
 * Settings: SAFETY_BATCHES=all (every batch), USE_GAIN and USE_L2 (comma lists for the logistic
 * models), USE_KNN=1 (nearest neighbours and their mix with the current classifier), USE_K,
 * USE_SCORE=whole (no sentence maximum for the encoder models), SAFETY_SENTENCES=0.
 */
import { readFileSync } from 'node:fs';
import { indicatorFlags } from '../../src/safety/indicator-screen.js';
import { type FeatureSet, messageFeatures } from '../../src/safety/message-features.js';
import { linearScore, sigmoid } from '../../src/safety/safety-model.js';
import { readMessage } from '../../src/safety/sentence-tokens.js';
import { loadCorpus } from './corpus.js';
import { CACHE, encoderTexts } from './embed-corpus.js';
import { fitLogistic } from './fit-linear.js';
import { fitMixed, type MixedExample } from './fit-mixed.js';

const BATCHES =
  process.env.SAFETY_BATCHES === 'all' ? null : (process.env.SAFETY_BATCHES ?? 'defgmnopq');
const L2 = 0.001;
const GAINS = (process.env.USE_GAIN ?? '0.05,0.1,0.2').split(',').map(Number);
const DENSE_L2 = (process.env.USE_L2 ?? '0.001,0.01').split(',').map(Number);
const SENTENCE_NEGATIVES = process.env.SAFETY_SENTENCES !== '0';
// `USE_SCORE=whole` scores the embedding models on the whole message only (no sentence maximum).
const WHOLE_ONLY = process.env.USE_SCORE === 'whole';
const NEIGHBOURS = Number(process.env.USE_K ?? 10);

const vectors = JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, number[]>;
const corpus = loadCorpus('dev').filter(
  (message) => BATCHES === null || BATCHES.includes(message.id.charAt(0)),
);
const label = corpus.map((m) => (m.label === 'none' ? 0 : 1));
const batchOf = corpus.map((m) => m.id.charAt(0));
const batches = [...new Set(batchOf)];

interface Read {
  union: FeatureSet;
  sentences: Array<{ features: FeatureSet; dense: number[] }>;
  whole: number[];
}
const vectorOf = (text: string) => {
  const vector = vectors[text];
  if (vector === undefined) throw new Error('embedding cache is stale: run embed-corpus.ts');
  return vector;
};
const reads: Read[] = corpus.map((m) => {
  const features = messageFeatures(m.text);
  const texts = encoderTexts(m.text);
  const union: FeatureSet = new Set(features.flat().flatMap((set) => [...set]));
  return {
    union,
    sentences: features.map((f, k) => ({ features: f, dense: vectorOf(texts.sentences[k]!) })),
    whole: vectorOf(texts.whole),
  };
});
const byIndicators = corpus.map((m) => indicatorFlags(readMessage(m.text)).length > 0);

type Scorer = (i: number) => number;
type Trainer = (train: number[]) => Scorer;

// Training examples: each message (sparse union, whole embedding), plus each sentence of a
// no-flag message of several sentences as a no-flag example.
function examplesFor(train: number[], useSparse: boolean, useDense: boolean) {
  const examples: MixedExample[] = [];
  const labels: number[] = [];
  for (const i of train) {
    const r = reads[i]!;
    examples.push({ names: useSparse ? r.union : [], dense: useDense ? r.whole : [] });
    labels.push(label[i]!);
    if (SENTENCE_NEGATIVES && label[i] === 0 && r.sentences.length > 1) {
      for (const s of r.sentences) {
        examples.push({ names: useSparse ? s.features : [], dense: useDense ? s.dense : [] });
        labels.push(0);
      }
    }
  }
  return { examples, labels };
}

const current: Trainer = (train) => {
  const { examples, labels } = examplesFor(train, true, false);
  const weights = fitLogistic(
    examples.map((e) => e.names as FeatureSet),
    labels,
    { l2: L2 },
  );
  return (i) =>
    Math.max(0, ...reads[i]!.sentences.map((s) => sigmoid(linearScore(weights, s.features))));
};

const mixed =
  (useSparse: boolean, gain: number, l2Dense: number): Trainer =>
  (train) => {
    const { examples, labels } = examplesFor(train, useSparse, true);
    const model = fitMixed(examples, labels, { l2Sparse: L2, l2Dense, gain });
    return (i) => {
      const r = reads[i]!;
      const whole = model.score({ names: useSparse ? r.union : [], dense: r.whole });
      const parts = r.sentences.map((s) =>
        model.score({ names: useSparse ? s.features : [], dense: s.dense }),
      );
      return WHOLE_ONLY ? whole : Math.max(whole, ...parts);
    };
  };

// Nearest neighbours in embedding space (cosine; USE vectors are near unit length): the mean
// similarity to the k nearest training disclosures minus that to the k nearest no-flag messages.
const dot = (a: number[], b: number[]) => a.reduce((sum, x, d) => sum + x * b[d]!, 0);
const nearest: Trainer = (train) => (i) => {
  const meanTop = (values: number[]) =>
    values
      .sort((a, b) => b - a)
      .slice(0, NEIGHBOURS)
      .reduce((sum, x) => sum + x, 0) / NEIGHBOURS;
  const r = reads[i]!;
  const probes = WHOLE_ONLY ? [r.whole] : [r.whole, ...r.sentences.map((s) => s.dense)];
  return Math.max(
    ...probes.map((v) => {
      const pos = train.filter((j) => label[j] === 1).map((j) => dot(v, reads[j]!.whole));
      const neg = train.filter((j) => label[j] === 0).map((j) => dot(v, reads[j]!.whole));
      return sigmoid(10 * (meanTop(pos) - meanTop(neg)));
    }),
  );
};

function crossValidate(trainer: Trainer): number[] {
  const scores = corpus.map(() => 0);
  for (const batch of batches) {
    const train = corpus.flatMap((_, i) => (batchOf[i] === batch ? [] : [i]));
    const score = trainer(train);
    corpus.forEach((_, i) => {
      if (batchOf[i] === batch) scores[i] = score(i);
    });
  }
  return scores;
}

const positives = label.filter((l) => l === 1).length;
const negatives = corpus.length - positives;
const indicatorFalse = byIndicators.filter((f, i) => f && label[i] === 0).length;

function figures(scores: number[]): string {
  const alone = [0.02, 0.03, 0.05].map((rate) => {
    const neg = scores.filter((_, i) => label[i] === 0).sort((a, b) => b - a);
    const cut = neg[Math.floor(rate * neg.length)] ?? 1;
    return scores.filter((p, i) => label[i] === 1 && p > cut).length / positives;
  });
  // With the indicators: the classifier speaks only where no indicator fired; the highest recall
  // whose false alarms exceed the indicators' alone by at most the rate.
  const passed = scores.map((p, i) => (byIndicators[i] ? Number.POSITIVE_INFINITY : p));
  const cuts = [...new Set(passed.filter(Number.isFinite))].sort((a, b) => b - a);
  const combined = [0.02, 0.03, 0.05].map((rate) => {
    let best = byIndicators.filter((f, i) => f && label[i] === 1).length / positives;
    for (const cut of cuts) {
      const flagged = passed.map((p) => p >= cut);
      const falseAlarms = flagged.filter((f, i) => f && label[i] === 0).length;
      if ((falseAlarms - indicatorFalse) / negatives > rate) break;
      best = flagged.filter((f, i) => f && label[i] === 1).length / positives;
    }
    return best;
  });
  const f = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' / ');
  return `alone ${f(alone)}   with indicators ${f(combined)}`;
}

// Each batch's disclosures caught by two models, each at its own 5% false-alarm cut.
function byBatch(first: number[], second: number[]): string {
  const cutOf = (scores: number[]) => {
    const neg = scores.filter((_, i) => label[i] === 0).sort((a, b) => b - a);
    return neg[Math.floor(0.05 * neg.length)] ?? 1;
  };
  const [c1, c2] = [cutOf(first), cutOf(second)];
  return batches
    .map((batch) => {
      const these = corpus.flatMap((_, i) => (batchOf[i] === batch && label[i] === 1 ? [i] : []));
      const r1 = these.filter((i) => first[i]! > c1).length / these.length;
      const r2 = these.filter((i) => second[i]! > c2).length / these.length;
      return `${batch} ${r1.toFixed(2)}→${r2.toFixed(2)} (${these.length})`;
    })
    .join(', ');
}

const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));
console.log(
  `dev batches ${batches.join('')}: ${positives} disclosures, ${negatives} no-flag; indicators alone recall ${(byIndicators.filter((f, i) => f && label[i] === 1).length / positives).toFixed(3)}, false alarms ${(indicatorFalse / negatives).toFixed(3)}`,
);
console.log('recall at 2 / 3 / 5% false alarms (cross-validated, one batch held out at a time)');
const started = performance.now();
const base = crossValidate(current);
console.log(`current                       ${figures(base)}`);
const sparseMixed = crossValidate(mixed(true, 0, 0));
console.log(`current, momentum fitter      ${figures(sparseMixed)}`);
// Rank average: each model's cross-validated scores turned into their rank among all messages.
const ranks = (scores: number[]) => {
  const order = scores.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = scores.map(() => 0);
  order.forEach(({ i }, k) => {
    out[i] = k / scores.length;
  });
  return out;
};
if (process.env.USE_KNN === '1') {
  const near = crossValidate(nearest);
  console.log(`nearest k ${NEIGHBOURS}           ${figures(near)}`);
  const [a, b] = [ranks(base), ranks(near)];
  for (const w of [0.3, 0.5]) {
    const mix = a.map((x, i) => (1 - w) * x + w * b[i]!);
    console.log(`current + nearest, rank mix ${w} ${figures(mix)}`);
    if (w === 0.5) console.log(`  by batch at 5% false alarms: ${byBatch(a, mix)}`);
  }
}
for (const gain of GAINS) {
  for (const l2Dense of DENSE_L2) {
    const use = crossValidate(mixed(false, gain, l2Dense));
    console.log(`use gain ${gain} l2 ${l2Dense}        ${figures(use)}`);
    const joint = crossValidate(mixed(true, gain, l2Dense));
    console.log(`joint gain ${gain} l2 ${l2Dense}      ${figures(joint)}`);
    const stack = base.map((p, i) => sigmoid((logit(p) + logit(use[i]!)) / 2));
    console.log(`stack gain ${gain} l2 ${l2Dense}      ${figures(stack)}`);
  }
}
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
