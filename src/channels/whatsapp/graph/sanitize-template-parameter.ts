/**
 * Template parameter text that Meta will accept whatever a person typed as their name: Meta
 * rejects a parameter with a newline, a tab or more than four spaces in a row (132018), and a
 * send that fails because of someone's name would leave the other person uninvited.
 */

// Invisible characters that carry no text: byte-order marks, lone surrogates, and bidi
// overrides, which could make a name visually rewrite the text around it in the chat.
const INVISIBLE = /[\p{Cs}\ufeff\u202a-\u202e\u2066-\u2069]/gu;
// Control characters (C0, DEL, C1) left once line breaks and tabs have become spaces.
const CONTROL = /\p{Cc}/gu;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cleans a template parameter to one line within `maxLength`, cutting at a word or grapheme. */
export function sanitizeTemplateParameter(text: string, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError('maxLength must be a whole number of at least 1');
  }
  const oneLine = text
    .replace(INVISIBLE, '')
    // Line breaks and tabs become spaces before control characters go, so the words they
    // separated stay apart.
    .replace(/\s/g, ' ')
    .replace(CONTROL, '')
    // Meta allows up to four spaces in a row; in a one-line value no run of spaces means anything.
    .replace(/ {2,}/g, ' ')
    .trim();
  return truncateAtBoundary(oneLine, maxLength);
}

/** Shortens text to at most `maxLength` code units with "…", never inside a grapheme. */
export function truncateAtBoundary(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const budget = maxLength - 1;
  let cut = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > budget) break;
    cut = index + segment.length;
  }
  let kept = text.slice(0, cut);
  // Prefer ending on a whole word, unless that throws away much of what fits.
  const lastSpace = kept.lastIndexOf(' ');
  if (lastSpace > 0 && lastSpace >= budget * 0.6) kept = kept.slice(0, lastSpace);
  return `${kept.replace(/[\s,;:.-]+$/u, '')}…`;
}
