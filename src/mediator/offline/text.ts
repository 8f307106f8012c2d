/**
 * Small text helpers shared by the offline facilitator. Participants write in chat style
 * (curly quotes, no punctuation, very long paragraphs), so everything here is defensive.
 */

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Text-speak and dropped apostrophes, written out so the patterns read them ("can u" -> "can you"). */
const TEXT_SPEAK: [RegExp, string][] = [
  [/\br u\b/gi, 'are you'],
  [/\bu\b(?!\.\w)/g, 'you'],
  [
    /\bur\b(?= (?:always|never|not|so|too|just|still|being|going|doing|getting|the one|welcome|right|late)\b| \p{L}+ing\b)/giu,
    "you're",
  ],
  [/\bur\b/gi, 'your'],
  [/\byour(?= (?:going|doing|getting|coming|being|not|always|never|right|welcome)\b)/gi, "you're"],
  [/\b(?:im|Im)\b/g, "I'm"],
  [/\bive\b/g, "I've"],
  [/\bi(?:d)\b(?= (?:like|love|rather|prefer|be|want|need|say)\b)/g, "I'd"],
  [/(^|[.,;!?] ?|\b(?:and|so|then|ok|okay|but|also|yes|yeah) )ill(?= \p{L})/giu, "$1I'll"],
  [/\bthru\b/gi, 'through'],
  [/\btho\b/gi, 'though'],
  [/\b(to)?nite\b/gi, '$1night'],
  [/\bpl[sz]\b/gi, 'please'],
  [/\b'?til\b/gi, 'till'],
  [/\b(?:tmrw|tmr|tomoz)\b/gi, 'tomorrow'],
  [/\bwk?e?nd(s?)\b/gi, 'weekend$1'],
  // "n hes got football", "u wd have him": "n" between words is "and", "wd" is "would".
  [/(?<=\p{L} )n(?= \p{L})/gu, 'and'],
  [/^n(?= \p{L})/gu, 'and'],
  [/\bwd\b/gi, 'would'],
  [/\bwot\b/gi, 'what'],
  [/\b(?:coz|cuz|cos)\b/gi, 'because'],
  [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'],
];

/** Contractions written without the apostrophe ("dont", "thats"). */
const CONTRACTIONS = new Map(
  (
    "dont:don't cant:can't wont:won't didnt:didn't doesnt:doesn't isnt:isn't wasnt:wasn't " +
    "arent:aren't havent:haven't hasnt:hasn't wouldnt:wouldn't couldnt:couldn't " +
    "shouldnt:shouldn't thats:that's whats:what's theres:there's youre:you're youll:you'll " +
    "youd:you'd youve:you've theyre:they're hes:he's shes:she's"
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
const CONTRACTION_WORD = new RegExp(`\\b(?:${[...CONTRACTIONS.keys()].join('|')})\\b`, 'gi');
const LETS =
  /\blets(?= (?:do|go|try|say|see|just|both|all|make|have|get|keep|agree|split|take|meet|talk|sort|put)\b)/gi;

/** Recent results: the same message is normalised many times while one turn is read. */
const normalized = new Map<string, string>();

/** Folds curly apostrophes and quotes into ASCII so one set of patterns matches every keyboard. */
export function normalizeText(text: string): string {
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const out = normalizeUncached(text);
  if (normalized.size >= 2000) normalized.clear();
  normalized.set(text, out);
  return out;
}

function normalizeUncached(text: string): string {
  let out = text
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of TEXT_SPEAK) out = out.replace(pattern, replacement);
  out = out.replace(LETS, (w) => `${w.slice(0, 3)}'s`);
  return out.replace(CONTRACTION_WORD, (w) => {
    const full = CONTRACTIONS.get(w.toLowerCase()) ?? w;
    return w[0] === w[0]?.toUpperCase() ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  });
}

/** Splits a message into sentences; a message with no punctuation is one sentence. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?\u2026])\s+|\n+|\s+-\s+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Lists the words of a text, keeping contractions like "don't" whole. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Counts words so short replies ("ok", "fine") can be recognised. */
export function wordCount(text: string): number {
  return words(text).length;
}

/** Removes trailing punctuation and filler so a clause can be embedded in a sentence of ours. */
export function trimClause(text: string): string {
  return text
    .replace(/^[\s,;:"'(-]+/, '')
    .replace(/[\s,;:.!?\u2026"')-]+$/u, '')
    .replace(/[?!]/g, '')
    .trim();
}

/**
 * Shortens a clause to roughly `maxWords`, preferring a natural break (comma, "and", "but")
 * so a long message is quoted by its gist rather than chopped mid-thought.
 */
export function clipWords(text: string, maxWords: number): string {
  const tokens = text.split(' ').filter(Boolean);
  if (tokens.length <= maxWords) return text;
  const head = tokens.slice(0, maxWords);
  const minBreak = Math.max(4, Math.floor(maxWords / 2));
  for (let i = head.length - 1; i >= minBreak; i--) {
    const token = head[i] ?? '';
    if (token.endsWith(',') || token.endsWith(';')) {
      return trimClause(head.slice(0, i + 1).join(' '));
    }
    if (/^(and|but|so|because|which|although|though)$/i.test(token)) {
      return trimClause(head.slice(0, i).join(' '));
    }
  }
  return `${trimClause(head.join(' '))}\u2026`;
}

/** Upper-cases the first letter, for sentences that start with a quoted or shifted clause. */
export function capitalize(text: string): string {
  return text.replace(/^(\P{L}*)(\p{L})/u, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Lower-cases the first letter unless the first word looks like a name or acronym. */
export function lowerFirst(text: string): string {
  const first = words(text)[0] ?? '';
  if (first === 'I' || first.startsWith("I'")) return text;
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.replace(/^(\P{L}*)(\p{L})/u, (_m, pre: string, ch: string) => pre + ch.toLowerCase());
}

/** Joins names as people say them: "Alex", "Alex and Sam", "Alex, Sam and Jo". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Makes sure a sentence ends with a full stop (or keeps its own ending). */
export function endSentence(text: string): string {
  const t = text.trim();
  return /[.!?\u2026]$/u.test(t) ? t : `${t}.`;
}
