/**
 * `npm run eval:safety-probe -- probe-4`: the offline screen's figures on a blind probe
 * (eval/safety/probe-*.jsonl), aggregates only. A probe is never trained or tuned on; it is scored
 * once before and once after one change to the screen, and both readings go in
 * eval/safety/FROZEN.md. It is kept apart from `eval:safety`, so tuning runs do not show it.
 */
import { type CorpusPart, loadCorpus } from './safety/corpus.js';
import { evaluate, table } from './safety/figures.js';
import { CORPUS_LANGUAGES, loadLanguageCorpus } from './safety/language-corpus.js';

// English probes, and one blind probe per other language (`es/probe`).
const PROBES: CorpusPart[] = [
  'probe-3',
  'probe-4',
  'probe-5',
  'probe-6',
  'probe-7',
  'probe-8',
  'probe-9',
  'probe-10',
  'probe-arrangements',
];
const LANGUAGE_PROBES = CORPUS_LANGUAGES.flatMap((language) => [
  `${language}/probe`,
  `${language}/probe-2`,
]);
const asked = process.argv[2];
const part = PROBES.find((name) => name === asked);
const [languageName, probeName] = (asked ?? '').split('/');
const language = CORPUS_LANGUAGES.find((name) => name === languageName);
const probe = probeName === 'probe' || probeName === 'probe-2' ? probeName : undefined;
if (part !== undefined) console.log(table([[part, evaluate(loadCorpus(part))]]));
else if (language !== undefined && probe !== undefined) {
  console.log(table([[`${language} ${probe}`, evaluate(loadLanguageCorpus(language, probe))]]));
} else throw new Error(`say which probe: ${[...PROBES, ...LANGUAGE_PROBES].join(', ')}`);
