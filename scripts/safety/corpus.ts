/** Reads the safety corpus (eval/safety/*.jsonl): one labelled message per line. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SAFETY_CATEGORIES } from '../../src/mediator/mediator.js';
import type { SafetyCategory } from '../../src/safety/screen-types.js';

/** One corpus message: a risk category, or `none` with the kind of no-flag talk it is. */
export interface CorpusMessage {
  id: string;
  label: SafetyCategory | 'none';
  kind?: string;
  text: string;
}

/**
 * The corpus parts: development (tuned on), the two held-out parts (frozen, never tuned on) and
 * blind probes (each frozen, scored once before and once after one change to the screen; see
 * FROZEN.md).
 */
export type CorpusPart =
  | 'dev'
  | 'held-out'
  | 'held-out-2'
  | 'probe-3'
  | 'probe-4'
  | 'probe-5'
  | 'probe-6'
  | 'probe-7'
  | 'probe-8'
  | 'probe-9'
  | 'probe-10'
  | 'probe-arrangements';

/** Where a corpus part lives. */
export function corpusPath(part: CorpusPart): string {
  return fileURLToPath(new URL(`../../eval/safety/${part}.jsonl`, import.meta.url));
}

/** Loads and checks one part of the corpus. */
export function loadCorpus(part: CorpusPart): CorpusMessage[] {
  const lines = readFileSync(corpusPath(part), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const message = JSON.parse(line) as CorpusMessage;
    const known = message.label === 'none' || SAFETY_CATEGORIES.includes(message.label);
    if (!known) throw new Error(`${part} ${message.id}: unknown label ${message.label}`);
    return message;
  });
}
