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
    /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\bmidnight\b|\bmidday\b|\bnoon\b|\b(?:[01]?\d|2[0-3])(?= (?:is|works|would be) (?:fine|ok|okay|good|great|perfect|better|too (?:early|late)))|(?<=\b(?:at|by|till|until|after|before|past|make it|back for) )(?:[01]?\d|2[0-3])(?:\.[0-5]\d)?\b(?![.,:]?\d|\s*(?:%|k\b|grand|pounds|quid|dollars|bucks|euros|rupees|nights?|days?|weeks?|months?|years?|mins?|minutes?|hours?|hrs?|times|kids|people|of\b|or more|percent|st\b|nd\b|rd\b|th\b))/giu,
  ],
  [
    'day',
    /\b(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th)(?:(?:,| and| &) (?:first|second|third|fourth|last|1st|2nd|3rd|4th))* (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?)(?: of (?:the|every|each) month)?|christmas (?:eve|day|morning)|boxing day|(?:st\.? )?stephen's day|(?:st\.? )?patrick's day|(?:mother's|father's|mothers|fathers) day|thanksgiving|diwali|new year's (?:eve|day)|easter(?: sunday)?|(?:(?:every (?:other|second)|alternate) )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weeknights?|weekdays?|school nights?|mon|tues?|weds?|thu(?:rs?)?|fri|(?<!\b(?:i|he|she|we|they|you|just|had|have|has|was|the|in|of) )(?:sat|sun))\b/giu,
  ],
  [
    'date',
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)(?: of (?:${MONTH}))?\\b|\\b(?:${MONTH})\\b`, 'giu'),
  ],
  [
    'amount',
    /[£$€₹]\s?\d(?:[\d,]*\d)?(?:\.\d{2})?(?:k\b)?|\b\d+(?:\.\d+)?k\b|\b\d+ grand\b|\b(?:rs\.?|inr) ?\d[\d,]*|\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|pounds\b|quid\b|dollars\b|bucks\b|euros?\b|rupees\b)/giu,
  ],
];

/** Recent results: one turn's sentences and actions are searched many times, and chrono is slow. */
const seen = new Map<string, readonly Detail[]>();

/** Every detail in a text, in order, without overlaps (the longer one wins). */
export function findDetails(text: string): Detail[] {
  let details = seen.get(text);
  if (!details) {
    details = Object.freeze(search(text).map((d) => Object.freeze(d)));
    if (seen.size >= 5000) seen.clear();
    seen.set(text, details);
  }
  return [...details];
}

function search(text: string): Detail[] {
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
    // "right now" is not a time anyone agreed to.
    if (!covered && r.start.isCertain('hour') && !/^(?:right )?now$/i.test(r.text.trim()))
      found.push({ kind: 'time', text: r.text, index: r.index });
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return found.filter((d, i) => !found.slice(0, i).some((e) => d.index < e.index + e.text.length));
}

/** Compares two details as people mean them: "Tuesdays" is "Tuesday", "7 pm" is "7pm". */
export function sameDetail(a: string, b: string): boolean {
  // "8:45" and "8:45pm" are the same clock time said with and without its half of the day.
  const clock = (s: string) => /^(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm)?$/i.exec(s.trim());
  const [ca, cb] = [clock(a), clock(b)];
  if (ca && cb && (!ca[3] || !cb[3]) && (ca[2] || ca[3] || cb[2] || cb[3])) {
    return Number(ca[1]) === Number(cb[1]) && (ca[2] ?? '00') === (cb[2] ?? '00');
  }
  const key = (s: string) =>
    amountKey(s) ??
    s
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/(day|night|end)s$/, '$1')
      .replace(/^(mon|tue|wed|thu|fri|sat|sun)(?:s|rs?|nes|ur)?(?:day)?$/, '$1');
  return key(a) === key(b);
}

/** "15k", "₹15,000" and "15,000" as one number; null for anything that is not a plain amount. */
function amountKey(text: string): string | null {
  const m = /^[£$€₹]?\s?(\d[\d,]*(?:\.\d+)?)\s?(k|grand)?$/i.exec(text.trim());
  if (!m?.[1] || (!m[2] && !/[£$€₹,]/.test(text))) return null;
  const value = Number(m[1].replace(/,/g, '')) * (m[2] ? 1000 : 1);
  return Number.isFinite(value) ? `#${value}` : null;
}

/** True when the text carries the detail (as people mean it, see `sameDetail`). */
export function mentions(text: string, detail: string): boolean {
  return (
    // "every other Saturday" mentions "Saturdays"; "Saturday" does not mention "every other Saturday".
    findDetails(text).some(
      (d) =>
        sameDetail(d.text, detail) ||
        sameDetail(d.text.replace(/^(?:every (?:other|second)|alternate) /i, ''), detail),
    ) || text.toLowerCase().includes(detail.toLowerCase())
  );
}

/** Replaces one detail in a text, keeping a plural day plural ("Thursdays" -> "Tuesdays"). */
export function replaceDetail(text: string, old: Detail, next: string): string {
  let replacement = next;
  if (old.kind === 'day' && /days$/i.test(old.text) && /day$/i.test(next)) replacement = `${next}s`;
  if (old.kind === 'day' && /day$/i.test(old.text) && /^\p{L}+days$/iu.test(next)) {
    replacement = next.slice(0, -1);
  }
  // "every Saturday" -> "every other Saturday", not "every every other Saturday".
  let start = old.index;
  const before = /\b(?:every|each|on) $/i.exec(text.slice(0, start));
  if (before && /^(?:every|alternate)\b/i.test(replacement)) start = before.index;
  return text.slice(0, start) + replacement + text.slice(old.index + old.text.length);
}

/** The word that introduces a detail of this kind when it is added to a sentence. */
export function prepositionFor(kind: DetailKind): string {
  return kind === 'time' ? 'at' : kind === 'day' ? 'on' : kind === 'date' ? 'by' : 'of';
}

/** Adds a detail at the end of an action ("have a phone-free evening" + "Wednesdays"). */
export function appendDetail(action: string, detail: Detail): string {
  // "pay my half on the 28th" + "£48": an amount after a when is said in brackets, not "of £48".
  if (detail.kind === 'amount' && findDetails(action).some((d) => d.kind !== 'amount')) {
    return `${action.replace(/[\s,.;]+$/, '')} (${detail.text})`;
  }
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
    'would rather prefer does suit suits better any per week month fortnight year'
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
