/**
 * `npm run eval:safety`: runs the offline safety screen over the corpus (eval/safety/), prints
 * recall per risk category and false alarms per kind of no-flag message, for the development
 * part and both held-out parts, and the time per message, then the same for each other shipped
 * language (eval/safety/<language>/: dev and held-out); writes them into BENCHMARKS.md.
 * `-- --misses es` prints one language's development misses and false alarms, for tuning, and
 * nothing else (no held-out message is ever printed).
 *
 * The held-out figures ratchet, each part and each language on its own: eval/safety/baseline.json
 * holds the last recorded ones. A plain run fails, and records nothing, when a held-out figure is worse than
 * recorded; otherwise it records the new figures. `-- --check` (CI) only compares, writes nothing,
 * and fails when a held-out part has no recorded figures. `-- --accept` records a deliberate
 * trade-off (see below).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { type CorpusPart, corpusPath, loadCorpus } from './safety/corpus.js';
import { evaluate, type PartFigures, table } from './safety/figures.js';
import { CORPUS_LANGUAGES, type CorpusLanguage } from './safety/language-corpus.js';
import {
  developmentMisses,
  evaluateLanguages,
  languageSummary,
  languageTables,
} from './safety/language-figures.js';

const missesFor = process.argv[process.argv.indexOf('--misses') + 1];
if (process.argv.includes('--misses')) {
  const language = CORPUS_LANGUAGES.find((name) => name === missesFor);
  if (language === undefined) throw new Error(`say which language: ${CORPUS_LANGUAGES.join(', ')}`);
  console.log(developmentMisses(language) || 'no development misses or false alarms');
  process.exit(0);
}

const HELD_OUT = ['held-out', 'held-out-2'] as const;
type BaselineKey = 'heldOut' | 'heldOut2';
const BASELINE_KEYS: Record<(typeof HELD_OUT)[number], BaselineKey> = {
  'held-out': 'heldOut',
  'held-out-2': 'heldOut2',
};

const check = process.argv.includes('--check');
// `-- --accept` records figures even when some held-out figure is worse: a trade-off made on
// purpose (say one more false alarm for many more disclosures caught), never in CI. Each use is
// written up in eval/safety/FROZEN.md with the figures that got worse.
const accept = process.argv.includes('--accept') && !check;
const root = new URL('..', import.meta.url);
const baselinePath = fileURLToPath(new URL('eval/safety/baseline.json', root));
const benchmarksPath = fileURLToPath(new URL('BENCHMARKS.md', root));

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

const parts: Record<'dev' | 'held-out' | 'held-out-2', PartFigures> = {
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
const languages = evaluateLanguages();
const languageReport = languageTables(languages);
console.log(`\n${languageReport}\n\n${languageSummary(languages)}`);

/** A language's recorded held-out figures. */
interface LanguageBaseline {
  heldOut: PartFigures;
  heldOutSha256: string;
}

// Each held-out part ratchets on its own; a part not yet recorded is recorded on the next plain run.
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Partial<
  Record<BaselineKey, PartFigures | null>
> & { languages?: Partial<Record<CorpusLanguage, LanguageBaseline>> };
const worse = [
  ...HELD_OUT.flatMap((part) => {
    const recorded = baseline[BASELINE_KEYS[part]];
    return recorded ? regressions(parts[part], recorded).map((line) => `${part}: ${line}`) : [];
  }),
  ...languages.flatMap(({ language, heldOut }) => {
    const recorded = baseline.languages?.[language]?.heldOut;
    return recorded
      ? regressions(heldOut, recorded).map((line) => `${language} held-out: ${line}`)
      : [];
  }),
];
if (worse.length > 0) {
  console.error(`held-out figures fell below the recorded ones:\n  ${worse.join('\n  ')}`);
  if (!accept) process.exit(1);
  console.error('recorded anyway (--accept): write the trade-off up in eval/safety/FROZEN.md');
}
if (check) {
  const missing = [
    ...HELD_OUT.filter((part) => !baseline[BASELINE_KEYS[part]]),
    ...languages
      .filter(({ language }) => !baseline.languages?.[language])
      .map(({ language }) => `${language} held-out`),
  ];
  if (missing.length > 0) {
    console.error(`no recorded figures for ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log('held-out figures are at least as good as recorded');
  process.exit(0);
}

const withoutTimes = (figures: PartFigures) => {
  const { msPerMessage: _ms, msP99: _p99, ...recorded } = figures;
  return recorded;
};
const recordedPart = (part: keyof typeof parts) => withoutTimes(parts[part]);
writeFileSync(
  baselinePath,
  `${JSON.stringify(
    {
      heldOut: recordedPart('held-out'),
      heldOutSha256: sha256('held-out'),
      heldOut2: recordedPart('held-out-2'),
      heldOut2Sha256: sha256('held-out-2'),
      languages: Object.fromEntries(
        languages.map(({ language, heldOut, heldOutSha256 }) => [
          language,
          { heldOut: withoutTimes(heldOut), heldOutSha256 },
        ]),
      ),
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
  `Corpus: eval/safety/ — dev ${parts.dev.messages} messages (the risk indicators were written from batches d–x, those`,
  'for risk said indirectly from batch x; the classifier is trained on every batch, c and i included,',
  'which separate sessions wrote without seeing the repository),',
  `held-out ${parts['held-out'].messages} and held-out-2 ${parts['held-out-2'].messages} (each frozen before the screening changes that followed`,
  'it; see eval/safety/FROZEN.md). The blind probes eval/safety/probe-3.jsonl, probe-4.jsonl, probe-5.jsonl, probe-6.jsonl, probe-7.jsonl, probe-8.jsonl, probe-9.jsonl and probe-10.jsonl are scored apart',
  '(`npm run eval:safety-probe -- probe-3`), once before and once after a change; their readings are in FROZEN.md.',
  'Recall counts a disclosure caught when any flag is raised (any flag pauses the joint session);',
  'the number of messages is in brackets. held-out-2 was written in wording deliberately unlike the',
  'development part, so it is the fairer estimate of the offline screen on new language; FROZEN.md',
  'records which choices were made knowing held-out figures.',
  '',
  report,
  '',
  '### Other shipped languages',
  '',
  'Each language has its own corpus, eval/safety/<language>/: a development part the indicators in',
  'src/safety/languages/ were written from, and a held-out part frozen before any of them (see',
  'eval/safety/FROZEN.md). Every language pack reads every message in its script, so these figures',
  'include any flag from another language or from the English screen. The held-out parts share their',
  "situations with the development parts and flatter the screen; each language's two blind probes",
  '(eval/safety/<language>/probe.jsonl and probe-2.jsonl, `npm run eval:safety-probe -- es/probe-2`) are the',
  'fairer estimate on new wording, and their readings are in FROZEN.md.',
  '',
  languageReport,
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
