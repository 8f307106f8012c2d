/**
 * Who said what, in a chat where everything arrives as plain text from one number. Only Meedi8
 * writes at the start of a line in the open: every relayed participant line is quoted ("> ",
 * which WhatsApp shows as a quote bar), so no participant text can begin a line as the mediator,
 * as Meedi8 or as the other person, whatever emoji, spaces or invisible characters it uses.
 */

/** Every line break a phone shows as one: CR, LF, VT, FF, NEL, line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
/** Characters that change how a line reads without being seen: zero-widths, direction controls. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** Names that would read as Meedi8's own voice. */
const RESERVED_NAME = /^[^\p{L}\p{N}]*(mediator|meedi8|meedi 8|meedi)/iu;
const NAME_LENGTH = 40;

/** The lines of a text as a phone would show them, with invisible controls removed. */
export function visibleLines(text: string): string[] {
  return text.replace(INVISIBLE, '').split(LINE_BREAKS);
}

/** A participant's words, each line quoted so none of it can pass for another speaker. */
export function quoted(text: string): string {
  return visibleLines(text.trim())
    .map((line) => `> ${line.replace(/^\s+/, '')}`.trimEnd())
    .join('\n');
}

/** A participant's name fit for a speaker line: one short line that is never Meedi8's voice. */
export function speakerName(name: string | null | undefined, fallback: string): string {
  const clean = visibleLines(name ?? '')
    .join(' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_LENGTH)
    .trim();
  if (!/[\p{L}\p{N}]/u.test(clean) || RESERVED_NAME.test(clean)) return fallback;
  return clean;
}

/** Text Meedi8 relays as its own notice but that may carry a person's words after its first line. */
export function noticeText(text: string): string {
  const [first = '', ...rest] = visibleLines(text.trim());
  return rest.length === 0 ? first : `${first}\n${quoted(rest.join('\n'))}`;
}
