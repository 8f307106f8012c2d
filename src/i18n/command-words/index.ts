/**
 * Every language's command words, together: a person can use the words of any shipped
 * language (and English always), so a table needs no knowledge of who is writing.
 */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { pt } from './pt.js';
import type { CommandWordTable } from './types.js';

export type { CommandWordTable } from './types.js';

/** One table per language, English first. */
export const COMMAND_WORD_TABLES: Readonly<Record<string, CommandWordTable>> = {
  en,
  es,
  pt,
  fr,
  de,
  hi,
  ar,
};

/** Latin accents and Arabic vowel marks folded away, lower case: "Sí" → "si", "أوقف" → "اوقف". */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** One list made from every table's list, e.g. `allWords((t) => t.keywords.help)`. */
export function allWords(pick: (table: CommandWordTable) => readonly string[]): string[] {
  return [...new Set(Object.values(COMMAND_WORD_TABLES).flatMap(pick))];
}
