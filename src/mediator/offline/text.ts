/**
 * Small text helpers shared by the offline facilitator. Participants write in chat style
 * (curly quotes, no punctuation, very long paragraphs), so everything here is defensive.
 */

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Folds curly apostrophes and quotes into ASCII so one set of patterns matches every keyboard. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
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
