/**
 * Folds a message into the one shape the language packs are written for, whatever the phone
 * typed: lower case, accents dropped from Latin letters (many people type without them), Arabic
 * letter variants and short vowels unified, Devanagari nukta dropped, digits made ASCII.
 */
import { normaliseText } from '../normalise-text.js';

// Combining accents on Latin letters only; Devanagari and Arabic marks are in other blocks.
const LATIN_ACCENTS = /[\u0300-\u036f]/gu;
// Arabic short vowels, shadda, sukun, superscript alef and the tatweel stretch.
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/gu;
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
};
const ARABIC_VARIANTS = /[أإآٱىیةؤئک]/gu;
const NUKTA = /\u093c/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** The folded text of a message. */
export function foldText(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC')
    .replace(/[œæß]/gu, (letter) => LIGATURES[letter] ?? letter)
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_VARIANTS, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .replace(NUKTA, '')
    .replace(/\u0901/gu, '\u0902')
    .replace(/[\u0660-\u0669]/gu, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u0966-\u096f]/gu, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/** Which scripts a folded message has letters in. */
export function scriptsOf(folded: string): {
  latin: boolean;
  arabic: boolean;
  devanagari: boolean;
} {
  return {
    latin: /[a-z]/u.test(folded),
    arabic: /[\u0621-\u064a]/u.test(folded),
    devanagari: /[\u0900-\u097f]/u.test(folded),
  };
}
