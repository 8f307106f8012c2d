/**
 * Splits a long reply into WhatsApp-sized texts, in order, at the most natural place that fits:
 * a paragraph break, then the end of a sentence, then a space, and only then mid-word (at a
 * grapheme boundary, so an emoji or accented letter is never cut in two).
 */
import { WHATSAPP_LIMITS } from './whatsapp-limits.js';

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;
const SENTENCE_END = /[.!?…]['"”’)\]]*(?=\s)|[。！？]/g;
const WHITESPACE = /\s/g;
// In order of preference; `start` cuts before the match, `end` after it.
const BREAKS: [RegExp, 'start' | 'end'][] = [
  [PARAGRAPH_BREAK, 'start'],
  [SENTENCE_END, 'end'],
  [WHITESPACE, 'start'],
];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into parts of at most `maxLength` code units; whitespace at the cuts is dropped. */
export function splitText(text: string, maxLength: number = WHATSAPP_LIMITS.textBody): string[] {
  if (!Number.isInteger(maxLength) || maxLength < 2) {
    throw new RangeError('maxLength must be a whole number of at least 2');
  }
  if (text.length <= maxLength) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > maxLength) {
    const cut = findCut(rest, maxLength);
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  const last = rest.trimEnd();
  if (last) parts.push(last);
  return parts;
}

/** The position to cut at: the best natural break in the second half of the window, else a hard cut. */
function findCut(text: string, maxLength: number): number {
  // A break in the first half would make many short messages out of one reply.
  const floor = Math.floor(maxLength / 2);
  // One character past the limit is looked at, so a break right at the limit is seen.
  const window = text.slice(0, maxLength + 1);
  for (const [pattern, edge] of BREAKS) {
    const cut = lastCut(pattern, window, edge, maxLength);
    if (cut > floor) return cut;
  }
  return lastGraphemeBoundary(text, maxLength);
}

/** The last cut a pattern allows within the limit: before its match (`start`) or after (`end`). */
function lastCut(pattern: RegExp, window: string, edge: 'start' | 'end', limit: number): number {
  let found = -1;
  for (const match of window.matchAll(pattern)) {
    const cut = edge === 'start' ? match.index : match.index + match[0].length;
    if (cut <= limit) found = cut;
  }
  return found;
}

function lastGraphemeBoundary(text: string, maxLength: number): number {
  // Whether a boundary sits at position i depends only on the characters up to i, so segmenting
  // one character past the limit finds every boundary that fits.
  let cut = 0;
  for (const { index, segment } of graphemes.segment(text.slice(0, maxLength + 1))) {
    if (index + segment.length > maxLength) break;
    cut = index + segment.length;
  }
  if (cut > 0) return cut;
  // One grapheme longer than a whole message (pathological combining marks): cut it, but never
  // between the two halves of a surrogate pair.
  const code = text.charCodeAt(maxLength - 1);
  return code >= 0xd800 && code <= 0xdbff ? maxLength - 1 : maxLength;
}
