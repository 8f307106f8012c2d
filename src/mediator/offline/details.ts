/**
 * The checkable details of a commitment: times, days, dates and amounts. They are what must
 * survive into a written agreement word for word, and what a counter-offer or a change
 * request swaps ("Thursdays" -> "Tuesdays", "7pm" -> "8pm"). Dates and times are found with
 * chrono-node; days of the week, amounts and frequencies by the patterns below.
 */

import * as chrono from 'chrono-node';

export type DetailKind = 'time' | 'day' | 'date' | 'amount';

/** One detail as written, with where it starts in the text. */
export interface Detail {
  kind: DetailKind;
  text: string;
  index: number;
}

const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december';
const PATTERNS: [DetailKind, RegExp][] = [
  [
    'time',
    /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bmidnight\b|\bmidday\b|\bnoon\b/giu,
  ],
  [
    'day',
    /\b(?:christmas (?:eve|day|morning)|boxing day|new year's (?:eve|day)|easter(?: sunday)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weeknights?|weekdays?|school nights?)\b/giu,
  ],
  [
    'date',
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)(?: of (?:${MONTH}))?\\b|\\b(?:${MONTH})\\b`, 'giu'),
  ],
  ['amount', /£\s?\d[\d,]*(?:\.\d{2})?|\b\d+(?:\.\d+)?\s?(?:%|percent|pounds|quid)/giu],
];

/** Every detail in a text, in order, without overlaps (the longer one wins). */
export function findDetails(text: string): Detail[] {
  const found: Detail[] = [];
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) found.push({ kind, text: m[0], index: m.index ?? 0 });
  }
  // Times chrono reads that the patterns missed ("half 5", "five o'clock").
  for (const r of chrono.en.GB.parse(text, new Date(2026, 0, 1))) {
    const covered = found.some(
      (d) => d.index < r.index + r.text.length && r.index < d.index + d.text.length,
    );
    if (!covered && r.start.isCertain('hour'))
      found.push({ kind: 'time', text: r.text, index: r.index });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return found.filter((d, i) => !found.slice(0, i).some((e) => d.index < e.index + e.text.length));
}

/** Compares two details as people mean them: "Tuesdays" is "Tuesday", "7 pm" is "7pm". */
export function sameDetail(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/(day|night|end)s$/, '$1');
  return key(a) === key(b);
}

/** True when the text carries the detail (as people mean it, see `sameDetail`). */
export function mentions(text: string, detail: string): boolean {
  return (
    findDetails(text).some((d) => sameDetail(d.text, detail)) ||
    text.toLowerCase().includes(detail.toLowerCase())
  );
}

/** Replaces one detail in a text, keeping a plural day plural ("Thursdays" -> "Tuesdays"). */
export function replaceDetail(text: string, old: Detail, next: string): string {
  let replacement = next;
  if (old.kind === 'day' && /days$/i.test(old.text) && /day$/i.test(next)) replacement = `${next}s`;
  if (old.kind === 'day' && /day$/i.test(old.text) && /^\p{L}+days$/iu.test(next)) {
    replacement = next.slice(0, -1);
  }
  return text.slice(0, old.index) + replacement + text.slice(old.index + old.text.length);
}

/** The word that introduces a detail of this kind when it is added to a sentence. */
export function prepositionFor(kind: DetailKind): string {
  return kind === 'time' ? 'at' : kind === 'day' ? 'on' : kind === 'date' ? 'by' : 'of';
}

/** Adds a detail at the end of an action ("have a phone-free evening" + "Wednesdays"). */
export function appendDetail(action: string, detail: Detail): string {
  const lead = /^(?:on|at|by|from|every|each|the|a|an)\b/i.test(detail.text)
    ? ''
    : `${prepositionFor(detail.kind)} `;
  return `${action.replace(/[\s,.;]+$/, '')} ${lead}${detail.text}`;
}

/** Words that can stand around details in a short answer ("Thursdays maybe?", "Wednesdays then"). */
const FILLER = new Set(
  (
    "maybe perhaps say how about what then instead too also and or ok okay yes yeah fine please i'd " +
    "i i'll i'm want like can could we shall do the on at by every each other works work is are " +
    "good great lovely sure will let's make it start from till until in a of with for that's " +
    'would rather prefer'
  ).split(' '),
);

/** The details of a sentence that says nothing else ("Thursdays maybe?"), or [] when it does. */
export function detailOnly(sentence: string): Detail[] {
  const details = findDetails(sentence);
  if (details.length === 0) return [];
  let rest = sentence;
  for (const d of [...details].reverse()) {
    rest = rest.slice(0, d.index) + rest.slice(d.index + d.text.length);
  }
  const words = rest.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.every((w) => FILLER.has(w)) ? details : [];
}
