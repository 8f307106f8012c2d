/**
 * `npm run train:safety`: trains the offline safety screen on the development corpus only
 * (eval/safety/dev.jsonl; the held-out part is never read here) and writes
 * src/safety/trained/safety-model.json. The flag threshold is chosen by 5-fold cross-validation on
 * the development corpus, so it reflects messages the weights did not see.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAFETY_CATEGORIES } from '../src/mediator/mediator.js';
import { indicatorFlags } from '../src/safety/indicator-screen.js';
import { type FeatureSet, messageFeatures } from '../src/safety/message-features.js';
import {
  type LinearWeights,
  linearScore,
  type SafetyModel,
  sigmoid,
} from '../src/safety/safety-model.js';
import type { SafetyCategory } from '../src/safety/screen-types.js';
import { readMessage } from '../src/safety/sentence-tokens.js';
import { loadCorpus } from './safety/corpus.js';
import { fitLogistic, fitSoftmax } from './safety/fit-linear.js';

const FOLDS = 5;
// `SAFETY_CV=batch` holds out one batch of the development part at a time (a batch is the letter
// its ids start with: written at one time, in its own voices), a closer stand-in for new wording
// than folds that mix every batch. For comparing settings; the threshold uses plain folds.
const BY_BATCH = process.env.SAFETY_CV === 'batch';
// The development batches the committed weights are trained on: every batch (since batches c and
// i, eval/safety/FROZEN.md), so this script reproduces the committed weights and with them the
// held-out figures the CI ratchet holds. `SAFETY_BATCHES=defgmnopq` (say) trains on some only.
const BATCHES = process.env.SAFETY_BATCHES ?? null;
const L2 = Number(process.env.SAFETY_L2 ?? 0.001);
const KINDS = (process.env.SAFETY_FEATURES ?? 'w,c,p,ctx,g').split(',');
const keep = (features: FeatureSet): FeatureSet =>
  new Set([...features].filter((name) => KINDS.includes(name.slice(0, name.indexOf(':')))));
// The classifier only speaks when no risk indicator fired; its threshold is the lowest whose
// cross-validated false alarms, on the no-flag messages the indicators pass, stay within this.
// 0.05 beside the indicators' own 0.04 keeps the screen inside the 0.1 the product allows, and
// catches far more of what the indicators miss than 0.03 did (FROZEN.md, batches c and i).
const ADDED_FALSE_ALARMS = Number(process.env.SAFETY_ADDED_FALSE_ALARMS ?? 0.05);

const corpus = loadCorpus('dev').filter(
  (message) => BATCHES === null || BATCHES.includes(message.id.charAt(0)),
);
const examples = corpus.map((message) => {
  const union: FeatureSet = new Set();
  for (const sentence of messageFeatures(message.text))
    for (const name of sentence) union.add(name);
  return keep(union);
});
const isDisclosure = corpus.map((message) => (message.label === 'none' ? 0 : 1));
// `SAFETY_SENTENCES=1` also trains on each sentence of a no-flag message of several sentences as a
// no-flag example: the screen flags on any one sentence, so a plain sentence of a long ordinary
// message must not score high on its own.
const SENTENCES = process.env.SAFETY_SENTENCES === '1';
const sentenceNegatives = corpus.flatMap((message, i) => {
  if (!SENTENCES || message.label !== 'none') return [];
  const sentences = messageFeatures(message.text);
  return sentences.length < 2 ? [] : sentences.map((features) => ({ i, features: keep(features) }));
});
const withSentences = (indices: number[]) => {
  const chosen = new Set(indices);
  const extra = sentenceNegatives.filter((n) => chosen.has(n.i));
  return {
    features: [...indices.map((i) => examples[i]!), ...extra.map((n) => n.features)],
    labels: [...indices.map((i) => isDisclosure[i]!), ...extra.map(() => 0)],
  };
};

function bestSentence(weights: LinearWeights, text: string): number {
  const scores = messageFeatures(text).map((features) =>
    sigmoid(linearScore(weights, keep(features))),
  );
  return Math.max(0, ...scores);
}

// Cross-validated probabilities: each message scored by a model that never saw it.
const validated = corpus.map(() => 0);
const batches = [...new Set(corpus.map((message) => message.id.charAt(0)))];
const foldOf = (i: number) => (BY_BATCH ? batches.indexOf(corpus[i]!.id.charAt(0)) : i % FOLDS);
for (let fold = 0; fold < (BY_BATCH ? batches.length : FOLDS); fold += 1) {
  const train = corpus.flatMap((_, i) => (foldOf(i) === fold ? [] : [i]));
  const trainSet = withSentences(train);
  const weights = fitLogistic(trainSet.features, trainSet.labels, { l2: L2 });
  corpus.forEach((message, i) => {
    if (foldOf(i) === fold) validated[i] = bestSentence(weights, message.text);
  });
}

const byIndicators = corpus.map((message) => indicatorFlags(readMessage(message.text)).length > 0);
const candidates = Array.from({ length: 99 }, (_, i) => 0.01 * (i + 1));
const positives = isDisclosure.filter((label) => label === 1).length;
const curve = candidates.map((threshold) => {
  const alone = validated.map((p) => p >= threshold);
  const combined = alone.map((flag, i) => flag || byIndicators[i]!);
  const rate = (flags: boolean[], label: number) =>
    flags.filter((f, i) => f && isDisclosure[i] === label).length /
    (label === 1 ? positives : corpus.length - positives);
  return {
    threshold,
    recall: rate(alone, 1),
    falseAlarms: rate(alone, 0),
    combinedRecall: rate(combined, 1),
    addedFalseAlarms: rate(combined, 0) - rate(byIndicators, 0),
  };
});
for (const point of curve.filter((_, i) => i % 5 === 4)) {
  console.log(
    `cv threshold ${point.threshold.toFixed(2)}  classifier recall ${point.recall.toFixed(3)} false alarms ${point.falseAlarms.toFixed(3)}  with indicators recall ${point.combinedRecall.toFixed(3)} added false alarms ${point.addedFalseAlarms.toFixed(3)}`,
  );
}
const chosen = curve.find((point) => point.addedFalseAlarms <= ADDED_FALSE_ALARMS) ?? curve.at(-1)!;
console.log(`chosen threshold ${chosen.threshold.toFixed(2)}`);
// The classifier's own recall where its cross-validated false alarms reach a given rate, over every
// possible threshold: a figure for comparing settings that does not depend on the grid above.
for (const rate of [0.02, 0.03, 0.05]) {
  const negatives = validated.filter((_, i) => isDisclosure[i] === 0).sort((a, b) => b - a);
  const cut = negatives[Math.floor(rate * negatives.length)] ?? 1;
  const caught = validated.filter((p, i) => isDisclosure[i] === 1 && p > cut).length;
  console.log(`cv classifier recall at false alarms ${rate}: ${(caught / positives).toFixed(3)}`);
}
// Cross-validated false alarms per kind of no-flag message at the chosen threshold: the target is
// at most 0.1 for each kind.
const kinds = [...new Set(corpus.flatMap((m) => (m.label === 'none' ? [m.kind ?? 'other'] : [])))];
for (const kind of kinds.sort()) {
  const these = corpus.flatMap((m, i) =>
    m.label === 'none' && (m.kind ?? 'other') === kind ? [i] : [],
  );
  const flagged = these.filter((i) => byIndicators[i] || validated[i]! >= chosen.threshold);
  const byClassifier = these.filter((i) => !byIndicators[i] && validated[i]! >= chosen.threshold);
  console.log(
    `cv false alarms ${kind}: ${(flagged.length / these.length).toFixed(3)} (${flagged.length}/${these.length}, ${byClassifier.length} by the classifier alone)`,
  );
}

const disclosures = corpus.flatMap((message, i) =>
  message.label === 'none' ? [] : [{ features: examples[i]!, label: message.label }],
);
const categoryWeights = fitSoftmax(
  disclosures.map((d) => d.features),
  disclosures.map((d) => SAFETY_CATEGORIES.indexOf(d.label as SafetyCategory)),
  SAFETY_CATEGORIES.length,
  { l2: L2 },
);
const model: SafetyModel = {
  disclosure: (() => {
    const all = withSentences(corpus.map((_, i) => i));
    return fitLogistic(all.features, all.labels, { l2: L2 });
  })(),
  threshold: Math.round(chosen.threshold * 100) / 100,
  categories: Object.fromEntries(
    SAFETY_CATEGORIES.map((category, k) => [category, categoryWeights[k]!]),
  ) as Record<SafetyCategory, LinearWeights>,
  secondCategoryShare: 0.3,
};
// `-- --dry` prints the cross-validated figures and writes nothing (for comparing settings).
if (process.argv.includes('--dry')) process.exit(0);
const out = fileURLToPath(new URL('../src/safety/trained/safety-model.json', import.meta.url));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(model)}\n`);
execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
console.log(`wrote ${out}`);
