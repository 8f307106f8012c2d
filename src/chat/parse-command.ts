/**
 * Reads a chat command from a WhatsApp message: keywords in any case (`HELP`, `/resume`,
 * `Break: need to cool off`) and plain-word forms that are the whole message ("can we take a
 * break?", "yes please", "I'm back"). Anything that reads as a mediation message is left
 * alone (null), because a command swallowed by mistake is a message the other person never
 * hears; when in doubt, it is not a command.
 */

import { foldWord } from '../i18n/command-words/index.js';
import {
  KEYWORDS,
  NO_EMOJI,
  PHRASES,
  POLITE_TAILS,
  YES_EMOJI,
  YES_TAILS,
} from './command-words.js';
import { readPlainIntent } from './plain-intents.js';

export type ChatCommand =
  | { kind: 'help' }
  | { kind: 'status' }
  | { kind: 'break'; reason: string | null }
  | { kind: 'resume' }
  | { kind: 'agree' } // AGREE: ask the mediator to draft the agreement now
  | { kind: 'write_up' } // plain words asking to write it up: drafted once both have asked
  | { kind: 'yes' }
  | { kind: 'no'; note: string | null } // "NO, the pickup time should be 6pm" → note
  | { kind: 'leave' }
  | { kind: 'switch' } // choose which mediation messages go to
  | { kind: 'link' } // a one-time link that opens the mediation in a browser
  | { kind: 'new' } // start another mediation
  | { kind: 'invite'; text: string }; // the rest after INVITE, parsed by parseInvite

type Kind = ChatCommand['kind'];

/** "no, change Sunday to Saturday": a no followed by an edit to the draft is a no with a note. */
const CHANGE_REQUEST =
  /^(?:please |can you |could you )?(?:change|swap|move|replace|remove|delete|add|make it|it should|that should|should be)\b/i;

/** Longer messages are conversation, except an INVITE with a long name. */
const MAX_COMMAND_CHARS = 300;
const MAX_ARGUMENT_CHARS = 200;

// Skin tones, the emoji presentation selector and joiners, one alternative each so no
// character class splits a composed emoji.
const EMOJI_MODIFIERS = /\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}|\uFE0F|\u200D/gu;
const EMOJI_PARTS =
  /\p{Extended_Pictographic}|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}|\uFE0F|\u200D/gu;

/** Folds curly quotes and accents, lower-cases, and drops emoji and edge punctuation. */
export function normaliseCommand(text: string): string {
  return foldWord(foldQuotes(text))
    .replace(EMOJI_PARTS, ' ')
    .replace(/^[\s/!#¡¿.,:;،؛؟।-]+/u, '')
    .replace(/[\s.,!?¡¿…:;)،؛؟।-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

const KEYWORD_INDEX = new Map<string, Kind>(
  Object.entries(KEYWORDS).flatMap(([kind, words]) =>
    words.map((w) => [normaliseCommand(w), kind as Kind]),
  ),
);
const PHRASE_INDEX = new Map<string, Kind>(
  Object.entries(PHRASES).flatMap(([kind, phrases]) =>
    phrases.map((p) => [normaliseCommand(p) || p, kind as Kind]),
  ),
);
const POLITE = new Set(POLITE_TAILS.map(normaliseCommand));

/** Starts the yes/no tail matcher with its longest alternatives first. */
const byLength = (list: readonly string[]) =>
  [...new Set(list.map(normaliseCommand))].sort((a, b) => b.length - a.length);
const YES_STARTS = byLength([...KEYWORDS.yes, ...PHRASES.yes]);
const YES_FOLLOW = byLength([...YES_TAILS, ...YES_STARTS]);
const NO_STARTS = byLength([...KEYWORDS.no, ...PHRASES.no]);
const NO_FOLLOW = byLength([...NO_STARTS, 'thanks', 'thank you', 'sorry', 'not really']);

/** Filler that may open or close a plain-word command ("ok, let's continue please"). */
const LEADING_FILLER = /^(?:(?:ok|okay|so|um|umm|hmm|hi|hey|please|sorry|right|alright)\b[\s,]*)+/;
const TRAILING_FILLER = /(?:[\s,]+(?:please|pls|thanks|thank you|now))+$/;

/** Parses a message as a chat command, or returns null for an ordinary mediation message. */
export function parseCommand(text: string): ChatCommand | null {
  const raw = foldQuotes(text).replace(/\s+/g, ' ').trim();
  if (raw === '' || raw.length > MAX_COMMAND_CHARS) return null;
  return (
    emojiAnswer(raw) ??
    keywordCommand(raw) ??
    phraseCommand(raw) ??
    confirmation(raw) ??
    agreeRequest(raw) ??
    plainIntent(raw) ??
    inferredInvite(raw)
  );
}

/** 👍 alone is yes, 👎 alone is no (any skin tone, repeated or not). */
function emojiAnswer(raw: string): ChatCommand | null {
  const bare = raw.replace(/\s/g, '').replace(EMOJI_MODIFIERS, '');
  if (bare === '') return null;
  const only = (set: string[]) => Array.from(bare).every((ch) => set.includes(ch));
  if (only(YES_EMOJI)) return { kind: 'yes' };
  if (only(NO_EMOJI)) return { kind: 'no', note: null };
  return null;
}

/** A whole message in capitals is shouting, so its capitals say nothing about a keyword. */
function isShouting(raw: string): boolean {
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length > 12 && letters === letters.toUpperCase();
}

/** `HELP`, `/status`, `break: reason`, `NO, note`, `INVITE +44… John`. */
function keywordCommand(raw: string): ChatCommand | null {
  // Marks too: Hindi's vowel signs are part of its words.
  const match = /^([/!#])?\s*[¿¡]?(\p{L}[\p{L}\p{M}]*)(.*)$/su.exec(raw);
  if (!match) return null;
  const [, slash, word = '', after = ''] = match;
  const kind = KEYWORD_INDEX.get(normaliseCommand(word));
  if (!kind) return null;
  const separator = /^\s*([:\u2013\u2014]|\s-)\s*/u.exec(after);
  const capitals = word.length > 1 && word === word.toUpperCase() && !isShouting(raw);
  const explicit = Boolean(slash) || capitals || separator !== null;
  const argument = after
    .replace(/^\s*[:,;.\u2013\u2014-]*\s*/u, '')
    .trim()
    .slice(0, MAX_ARGUMENT_CHARS);
  const argumentWords = normaliseCommand(argument);

  if (argumentWords === '' || POLITE.has(argumentWords)) {
    if (kind === 'invite') return { kind, text: '' };
    return bare(kind);
  }
  if (kind === 'break' && explicit) return { kind, reason: argument };
  if (kind === 'no' && (explicit || CHANGE_REQUEST.test(argument))) return { kind, note: argument };
  if (kind === 'invite' && (explicit || hasPhoneLike(argument))) return { kind, text: argument };
  return null;
}

/** The command with no argument. */
function bare(kind: Kind): ChatCommand {
  switch (kind) {
    case 'break':
      return { kind, reason: null };
    case 'no':
      return { kind, note: null };
    case 'invite':
      return { kind, text: '' };
    default:
      return { kind };
  }
}

const POLITE_LAST = byLength([...POLITE]);

/** Strips the filler people wrap around a command ("ok", "please", "por favor", "bitte"). */
function core(text: string): string {
  const stripped = normaliseCommand(
    normaliseCommand(text).replace(LEADING_FILLER, '').replace(TRAILING_FILLER, ''),
  );
  const tail = POLITE_LAST.find((p) => stripped.endsWith(` ${p}`));
  return tail ? normaliseCommand(stripped.slice(0, -tail.length)) : stripped;
}

/** "can we take a break?", "I'm back", "not yet — the time should be 6pm". */
function phraseCommand(raw: string): ChatCommand | null {
  if (raw.trim() === '?') return { kind: 'help' };
  const whole = PHRASE_INDEX.get(core(raw)) ?? PHRASE_INDEX.get(normaliseCommand(raw));
  if (whole && whole !== 'yes') return bare(whole);
  // A break or a "not yet" can carry its reason after a clear break in the sentence.
  const split = /^(.+?)(?:\s*[.!?:;,\u2013\u2014]\s*|\s+-\s+)(.+)$/su.exec(raw);
  if (!split) return null;
  const [, head = '', tail = ''] = split;
  const headKind = PHRASE_INDEX.get(core(head)) ?? KEYWORD_INDEX.get(core(head));
  const reason = tail.trim().slice(0, MAX_ARGUMENT_CHARS);
  if (headKind === 'break' && head.trim().split(/\s+/).length > 1) return { kind: 'break', reason };
  if (
    headKind === 'no' &&
    /[:\u2013\u2014-]/u.test(raw.slice(head.length, raw.length - tail.length))
  )
    return { kind: 'no', note: reason };
  return null;
}

/** True when `text` is made up of one `starts` item followed by any number of `follow` items. */
function chain(text: string, starts: string[], follow: string[]): boolean {
  const words = text
    .replace(/[,.!;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const after = (rest: string, options: string[]) =>
    options
      .filter((o) => rest === o || rest.startsWith(`${o} `))
      .map((o) => rest.slice(o.length).trim());
  let frontier = after(words, starts);
  for (let step = 0; step < 8 && frontier.length > 0; step++) {
    if (frontier.includes('')) return true;
    frontier = frontier.flatMap((rest) => after(rest, follow));
  }
  return frontier.includes('');
}

/** "yes", "yes please", "yes, that's right 👍"; "no thanks", "no, not yet". */
function confirmation(raw: string): ChatCommand | null {
  const text = normaliseCommand(raw);
  if (chain(text, YES_STARTS, YES_FOLLOW)) return { kind: 'yes' };
  if (chain(text, NO_STARTS, NO_FOLLOW)) return { kind: 'no', note: null };
  return null;
}

const WRITE_UP =
  /^(?:(?:can|could|would|will) you (?:please )?|please |let's |lets |let us |shall we |we should |time to |now )*(?:write|draft|put|type)(?: (?:it|this|that|everything|something|the agreement|an agreement|our agreement|what we agreed|it all))?(?: up| down| in writing| into an agreement)(?: (?:the agreement|an agreement|our agreement|for us))?(?: please| now)?$|^(?:(?:can|could|would|will) you (?:please )?|please |let's |lets |let us |time to )*(?:write|draft|put|type)(?: up)? (?:the|an|our) agreement(?: please| now)?$/;
const WE_AGREE =
  /^(?:(?:i think|so|ok|okay|great|it sounds like|sounds like|looks like|i guess|i believe|yes|yeah) )*(?:we|we both|we all|both of us) (?:agree|agreed|have agreed|'ve agreed|have an agreement|have a deal|are agreed|are in agreement|have reached an agreement)(?: now| then| on this| on that| on everything)?$/;

/** "let's write up the agreement", "I think we agree, can you write it up?" */
function agreeRequest(raw: string): ChatCommand | null {
  const clauses = normaliseCommand(raw)
    .split(/\s*[,.;!?]+\s*|\s+(?:so|and|then)\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length === 0 || clauses.length > 4) return null;
  const filler = /^(?:ok|okay|great|thanks|thank you|please|perfect|brilliant)$/;
  const allFit = clauses.every((c) => WRITE_UP.test(c) || WE_AGREE.test(c) || filler.test(c));
  return allFit && clauses.some((c) => WRITE_UP.test(c)) ? { kind: 'write_up' } : null;
}

/** "yes let's write it up", "can I have five minutes", "I want to end this mediation". */
function plainIntent(raw: string): ChatCommand | null {
  switch (readPlainIntent(normaliseCommand(raw))) {
    case 'write_up':
      return { kind: 'write_up' };
    case 'break':
      return { kind: 'break', reason: null };
    case 'leave':
      return { kind: 'leave' };
    default:
      return null;
  }
}

/** A phone number written the way people share one: 9+ digits, or 7+ after `+` or `0`. */
export function hasPhoneLike(text: string): boolean {
  for (const run of text.match(/\+?\(?\d[\d\s().-]*\d/g) ?? []) {
    const digits = run.replace(/\D/g, '').length;
    if (digits >= 9 || (digits >= 7 && /^[+(]?0|^\+/.test(run))) return true;
  }
  return false;
}

/** "please invite Maria on +34 612 345 678", "John Smith 07700 900502": the whole message. */
function inferredInvite(raw: string): ChatCommand | null {
  if (!hasPhoneLike(raw)) return null;
  const others = raw.replace(/\+?\(?\d[\d\s().-]*\d/g, ' ').match(/\p{L}+/gu) ?? [];
  const words = new Set((normaliseCommand(raw).match(/[\p{L}\p{M}]+/gu) ?? []).map(String));
  const mentionsInvite = KEYWORDS.invite.some((w) => words.has(normaliseCommand(w)));
  return mentionsInvite || others.length <= 8 ? { kind: 'invite', text: raw } : null;
}
