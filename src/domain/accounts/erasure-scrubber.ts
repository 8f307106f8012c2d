/**
 * What erasing a person does to text that stays with someone else (the other person's chat
 * history, drafts, notices, the room's feed): their words become a neutral line, their name a
 * neutral label, their number and email address go, and secrets from links they sent or were
 * sent (invites, sign-in links) are cut out wherever they were copied.
 */
import { hashSecret } from './tokens.js';

/** What replaces a deleted person's words in rooms they shared. */
export const REMOVED_TEXT = '[removed at this person’s request]';

/** What replaces a deleted person's name in what stays with others. */
export const FORMER_PARTICIPANT = 'a former participant';

/** What the erased person leaves behind, to be found in other people's text. */
export interface ErasedPerson {
  /** Names they went by: the account's, their WhatsApp profile's. */
  names: string[];
  /** Their phone numbers as E.164 and as WhatsApp ids (digits only). */
  numbers: string[];
  emails: string[];
  /** Everything they wrote (and the mediator's replies that reflected it). */
  texts: string[];
  /** Hashes (`hashSecret`) of link secrets that were theirs or sent by them. */
  secretHashes: Buffer[];
}

// Shorter texts are replaced only right after their author's name ("Sam:\nok"), so that a
// deleted "ok" does not take every other "ok" with it.
const MIN_FREE_TEXT = 12;
// Secrets are 32 random bytes in base64url (`newSecret`).
const SECRET_CANDIDATE = /[A-Za-z0-9_-]{43}/g;
const LETTER = '\\p{L}\\p{N}';

/** Rewrites strings and JSON values so that nothing of the erased person is left in them. */
export interface Scrubber {
  text(value: string): string;
  /** Walks a JSON value; `keep` leaves an object (someone else's own words) as it is. */
  json<T>(value: T, keep?: (node: Record<string, unknown>) => boolean): T;
  /** True when the scrubber would change the value. */
  touches(value: string): boolean;
}

/** Builds the scrubber for one erased person. */
export function scrubberFor(person: ErasedPerson): Scrubber {
  const names = nameVariants(person.names);
  // Whole texts, and each long line of them on its own (a copy may quote or prefix each line).
  const wholes = person.texts.map((t) => t.trim()).filter((t) => t.length > 0);
  const lines = wholes.flatMap((t) => t.split(/\r?\n/).map((l) => l.trim()));
  // A quote may drop the final full stop ("you said \"…\"").
  const longLines = lines.filter((l) => l.length >= MIN_FREE_TEXT);
  const unpunctuated = [...wholes, ...longLines]
    .map((t) => t.replace(/[.!?…]+$/u, ''))
    .filter((t) => t.length >= MIN_FREE_TEXT);
  const texts = [...new Set([...wholes, ...longLines, ...unpunctuated])].sort(
    (a, b) => b.length - a.length,
  );
  // Short texts go only where they follow their author's name and a line break, with whatever
  // quote marks or spaces a copy put in between.
  const attributed = wholes
    .filter((t) => t.length < MIN_FREE_TEXT && !t.includes('\n'))
    .flatMap((words) =>
      names.map(
        (name) =>
          new RegExp(
            `(${escapeRegExp(name)}:\\n[^${LETTER}\\n]*)${escapeRegExp(words)}(?=\\n|$)`,
            'gu',
          ),
      ),
    );
  // "+447…" before "447…", so the plus does not stay behind.
  const numbers = [...new Set(person.numbers)].sort((a, b) => b.length - a.length);
  const secretHashes = new Set(person.secretHashes.map((h) => h.toString('hex')));
  const namePatterns = names.map(
    (n) =>
      new RegExp(
        `(?<![${LETTER}])${escapeRegExp(n)}(?![${LETTER}])`,
        n.includes(' ') ? 'giu' : 'gu',
      ),
  );

  const text = (value: string): string => {
    let out = value;
    for (const words of texts) {
      if (words.length >= MIN_FREE_TEXT) out = out.split(words).join(REMOVED_TEXT);
    }
    for (const pattern of attributed) out = out.replace(pattern, `$1${REMOVED_TEXT}`);
    out = out.replace(SECRET_CANDIDATE, (candidate) =>
      secretHashes.has(hashSecret(candidate).toString('hex')) ? '[link removed]' : candidate,
    );
    for (const number of numbers) out = out.split(number).join('[number removed]');
    for (const email of person.emails) {
      out = out.replace(new RegExp(escapeRegExp(email), 'gi'), '[email removed]');
    }
    for (const pattern of namePatterns) {
      out = out.replace(pattern, (_match, offset: number, whole: string) =>
        startsSentence(whole, offset) ? capitalize(FORMER_PARTICIPANT) : FORMER_PARTICIPANT,
      );
    }
    return out;
  };

  const json = <T>(value: T, keep?: (node: Record<string, unknown>) => boolean): T => {
    const walk = (node: unknown): unknown => {
      if (typeof node === 'string') return text(node);
      if (Array.isArray(node)) return node.map(walk);
      if (node && typeof node === 'object') {
        if (keep?.(node as Record<string, unknown>)) return node;
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
      }
      return node;
    };
    return walk(value) as T;
  };

  return { text, json, touches: (value) => text(value) !== value };
}

/** Full names first (so "Sam Lee" goes whole), then each part of three letters or more. */
function nameVariants(names: string[]): string[] {
  const full = names.map((n) => n.trim()).filter((n) => n.length >= 2);
  const parts = full.flatMap((n) => n.split(/\s+/)).filter((p) => p.length >= 3);
  return [...new Set([...full, ...parts])].sort((a, b) => b.length - a.length);
}

function startsSentence(whole: string, offset: number): boolean {
  const before = whole.slice(0, offset);
  // The start of the text or of a line (after any emoji or bullet), or after a full stop.
  return /(^|\n)\s*([^\sA-Za-z0-9]+\s*)?$/u.test(before) || /[.!?:]\s*$/.test(before);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
