/**
 * Puts a participant message into the one shape the screening patterns are written for,
 * so phones that send curly apostrophes or odd spacing are screened like everyone else.
 */

// Apostrophe look-alikes that keyboards and autocorrect produce instead of `'`.
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4\uFF07]/gu;
// Zero-width characters can split a word invisibly and hide it from the patterns.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** Lower-cases, normalises unicode and apostrophes, and collapses whitespace to single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
