/** Reads the per-language safety corpus: eval/safety/<language>/{dev,held-out}.jsonl. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusMessage } from './corpus.js';

/** The languages with a corpus of their own, besides English (eval/safety/*.jsonl). */
export const CORPUS_LANGUAGES = ['es', 'pt-BR', 'fr', 'de', 'hi', 'ar'] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];
/** dev (tuned on), held-out (frozen first), probe (blind, scored once before and once after a change). */
export type LanguagePart = 'dev' | 'held-out' | 'probe' | 'probe-2';

/** Where one language's part lives. */
export function languageCorpusPath(language: CorpusLanguage, part: LanguagePart): string {
  return fileURLToPath(new URL(`../../eval/safety/${language}/${part}.jsonl`, import.meta.url));
}

/** Loads one language's part of the corpus. */
export function loadLanguageCorpus(language: CorpusLanguage, part: LanguagePart): CorpusMessage[] {
  return readFileSync(languageCorpusPath(language, part), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusMessage);
}
