/**
 * `npm run eval:safety`: runs the offline safety screen over the corpus (eval/safety/), prints
 * recall per risk category and false alarms per kind of no-flag message, for the development
 * part and both held-out parts, and the time per message; writes them into BENCHMARKS.md.
 *
 * The held-out figures ratchet, each part on its own: eval/safety/baseline.json holds the last
 * recorded ones. A plain run fails, and records nothing, when a held-out figure is worse than
 * recorded; otherwise it records the new figures. `-- --check` (CI) only compares, writes nothing,
 * and fails when a held-out part has no recorded figures. `-- --accept` records a deliberate
 * trade-off (see below).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { SAFETY_CATEGORIES } from '../src/mediator/mediator.js';
import { screenMessage } from '../src/safety/screen-message.js';
import { type CorpusMessage, type CorpusPart, corpusPath, loadCorpus } from './safety/corpus.js';

const HELD_OUT = ['held-out', 'held-out-2'] as const;
type BaselineKey = 'heldOut' | 'heldOut2';
const BASELINE_KEYS: Record<(typeof HELD_OUT)[number], BaselineKey> = {
  'held-out': 'heldOut',
  'held-out-2': 'heldOut2',
};

/** The figures of one part: recall per category, false alarms per no-flag kind, overall both. */
interface PartFigures {
  messages: number;
  recall: Record<string, number>;
  /** Of the disclosures caught, the share flagged with their own category among the flags. */
  categoryMatch: number;
  falseAlarms: Record<string, number>;
  counts: Record<string, number>;
  msPerMessage: number;
}

const check = process.argv.includes('--check');
// `-- --accept` records figures even when some held-out figure is worse: a trade-off made on
// purpose (say one more false alarm for many more disclosures caught), never in CI. Each use is
// written up in eval/safety/FROZEN.md with the figures that got worse.
const accept = process.argv.includes('--accept') && !check;
const root = new URL('..', import.meta.url);
const baselinePath = fileURLToPath(new URL('eval/safety/baseline.json', root));
const benchmarksPath = fileURLToPath(new URL('BENCHMARKS.md', root));

function rate(hits: number, total: number): number {
  return total === 0 ? 0 : Math.round((hits / total) * 1000) / 1000;
}

function evaluate(messages: CorpusMessage[]): PartFigures {
  const started = performance.now();
  const results = messages.map((message) => ({ message, flags: screenMessage(message.text) }));
  const msPerMessage = (performance.now() - started) / messages.length;
  const recall: Record<string, number> = {};
  const falseAlarms: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const disclosures = results.filter((r) => r.message.label !== 'none');
  const caught = disclosures.filter((r) => r.flags.length > 0);
  for (const category of SAFETY_CATEGORIES) {
    const these = disclosures.filter((r) => r.message.label === category);
    counts[category] = these.length;
    recall[category] = rate(these.filter((r) => r.flags.length > 0).length, these.length);
  }
  recall.all = rate(caught.length, disclosures.length);
  counts.disclosures = disclosures.length;
  const safe = results.filter((r) => r.message.label === 'none');
  const kinds = [...new Set(safe.map((r) => r.message.kind ?? 'other'))].sort();
  for (const kind of kinds) {
    const these = safe.filter((r) => (r.message.kind ?? 'other') === kind);
    counts[`none:${kind}`] = these.length;
    falseAlarms[kind] = rate(these.filter((r) => r.flags.length > 0).length, these.length);
  }
  falseAlarms.all = rate(safe.filter((r) => r.flags.length > 0).length, safe.length);
  counts.none = safe.length;
  const matched = caught.filter((r) => r.flags.some((f) => f.category === r.message.label));
  return {
    messages: messages.length,
    recall,
    categoryMatch: rate(matched.length, caught.length),
    falseAlarms,
    counts,
    msPerMessage: Math.round(msPerMessage * 1000) / 1000,
  };
}

function table(columns: Array<[CorpusPart, PartFigures]>): string {
  const lines = [
    `| | ${columns.map(([name]) => name).join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
  ];
  const cell = (figures: PartFigures, value: number | undefined, key: string) =>
    value === undefined
      ? '–'
      : `${value.toFixed(2)} (${figures.counts[key] ?? figures.counts.none})`;
  const row = (label: string, value: (figures: PartFigures) => string) =>
    lines.push(`| ${label} | ${columns.map(([, figures]) => value(figures)).join(' | ')} |`);
  for (const key of [...SAFETY_CATEGORIES, 'all']) {
    const countKey = key === 'all' ? 'disclosures' : key;
    row(`recall: ${key}`, (figures) => cell(figures, figures.recall[key] ?? 0, countKey));
  }
  row('caught with their own category', (figures) => figures.categoryMatch.toFixed(2));
  const kinds = [...new Set(columns.flatMap(([, figures]) => Object.keys(figures.falseAlarms)))]
    .filter((kind) => kind !== 'all')
    .sort();
  for (const key of [...kinds, 'all']) {
    const countKey = key === 'all' ? 'none' : `none:${key}`;
    row(`false alarms: ${key}`, (figures) => cell(figures, figures.falseAlarms[key], countKey));
  }
  row('ms per message', (figures) => String(figures.msPerMessage));
  return lines.join('\n');
}

/** Held-out figures that are worse than the recorded ones. */
function regressions(heldOut: PartFigures, baseline: PartFigures): string[] {
  const worse: string[] = [];
  for (const [key, value] of Object.entries(baseline.recall)) {
    if ((heldOut.recall[key] ?? 0) < value)
      worse.push(`recall ${key} ${heldOut.recall[key]} < ${value}`);
  }
  for (const [key, value] of Object.entries(baseline.falseAlarms)) {
    if ((heldOut.falseAlarms[key] ?? 1) > value) {
      worse.push(`false alarms ${key} ${heldOut.falseAlarms[key]} > ${value}`);
    }
  }
  return worse;
}

const parts: Record<CorpusPart, PartFigures> = {
  dev: evaluate(loadCorpus('dev')),
  'held-out': evaluate(loadCorpus('held-out')),
  'held-out-2': evaluate(loadCorpus('held-out-2')),
};
const sha256 = (part: CorpusPart) =>
  createHash('sha256')
    .update(readFileSync(corpusPath(part)))
    .digest('hex');
const report = table(Object.entries(parts) as Array<[CorpusPart, PartFigures]>);
console.log(report);
for (const part of HELD_OUT) console.log(`${part} sha256 ${sha256(part)}`);

// Each held-out part ratchets on its own; a part not yet recorded is recorded on the next plain run.
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Partial<
  Record<BaselineKey, PartFigures | null>
>;
const worse = HELD_OUT.flatMap((part) => {
  const recorded = baseline[BASELINE_KEYS[part]];
  return recorded ? regressions(parts[part], recorded).map((line) => `${part}: ${line}`) : [];
});
if (worse.length > 0) {
  console.error(`held-out figures fell below the recorded ones:\n  ${worse.join('\n  ')}`);
  if (!accept) process.exit(1);
  console.error('recorded anyway (--accept): write the trade-off up in eval/safety/FROZEN.md');
}
if (check) {
  const missing = HELD_OUT.filter((part) => !baseline[BASELINE_KEYS[part]]);
  if (missing.length > 0) {
    console.error(`no recorded figures for ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log('held-out figures are at least as good as recorded');
  process.exit(0);
}

const recordedPart = (part: CorpusPart) => {
  const { msPerMessage: _ms, ...recorded } = parts[part];
  return recorded;
};
writeFileSync(
  baselinePath,
  `${JSON.stringify(
    {
      heldOut: recordedPart('held-out'),
      heldOutSha256: sha256('held-out'),
      heldOut2: recordedPart('held-out-2'),
      heldOut2Sha256: sha256('held-out-2'),
    },
    null,
    2,
  )}\n`,
);
const date = new Date().toISOString().slice(0, 10);
const section = [
  '<!-- safety-eval:start -->',
  '## Safety screen (`npm run eval:safety`)',
  '',
  `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}; ${date}.`,
  `Corpus: eval/safety/ — dev ${parts.dev.messages} messages (the risk indicators and the classifier`,
  `were written and trained on these), held-out ${parts['held-out'].messages} and held-out-2 ${parts['held-out-2'].messages}`,
  '(each frozen before the screening changes that followed it; see eval/safety/FROZEN.md).',
  'Recall counts a disclosure caught when any flag is raised (any flag pauses the joint session);',
  'the number of messages is in brackets. held-out-2 was written in wording deliberately unlike the',
  'development part, so it is the fairer estimate of the offline screen on new language; FROZEN.md',
  'records which choices were made knowing held-out figures.',
  '',
  report,
  '<!-- safety-eval:end -->',
].join('\n');
const benchmarks = readFileSync(benchmarksPath, 'utf8');
const marked = /<!-- safety-eval:start -->[\s\S]*<!-- safety-eval:end -->/u;
writeFileSync(
  benchmarksPath,
  marked.test(benchmarks)
    ? benchmarks.replace(marked, section)
    : `${benchmarks.trimEnd()}\n\n${section}\n`,
);
console.log('recorded in BENCHMARKS.md and eval/safety/baseline.json');
