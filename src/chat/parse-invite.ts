/**
 * Reads who to invite from what a person sent: `INVITE +44 7700 900502 John`, plain words
 * ("please invite Maria on +34 612 345 678"), or a shared contact card. The number is checked
 * with the same rules as everywhere else (`parseMobileNumber`); the name is what is left once
 * the number and the filler around it are gone.
 */

import { parseMobileNumber } from '../domain/phone-number.js';

export type InviteParse =
  | { kind: 'ok'; phoneNumber: string /* E.164 */; name: string | null }
  // looked like a number but is not a valid mobile; `incomplete` when it had too few digits
  | { kind: 'bad_number'; written: string; incomplete?: true }
  | { kind: 'none' }; // no phone number in the text

/** Options shared by both readers. */
export interface InviteOptions {
  /** The country a number without `+` belongs to (usually the inviter's). */
  /** ISO 3166 code for numbers written without a country code (e.g. `GB`). */
  defaultCountry?: string;
  /** The person wrote INVITE: a short run of digits is then a number cut short. */
  explicit?: boolean;
}

const MAX_NAME_CHARS = 60;
/** Fewer digits than this is a date, an amount or a house number, not a phone number. */
const MIN_DIGITS = 7;
/** After INVITE, a shorter run than MIN_DIGITS from this many digits is a number cut short. */
const MIN_PARTIAL_DIGITS = 3;

// A run of digits with the separators people type inside numbers: +44 (0)7700-900 502.
const NUMBER_RUN = /\+?\(?\d[\d\s().-]*\d\)?/g;

/** Filler around the name, longest first; matched as whole words, case-insensitively. */
const FILLER = [
  'can you please invite',
  'could you please invite',
  'can you invite',
  'could you invite',
  "i'd like to invite",
  'i would like to invite',
  'i want to invite',
  'please invite',
  'invite',
  'invitar',
  'convidar',
  'inviter',
  'to this mediation',
  'to the mediation',
  'to join',
  "his name's",
  "her name's",
  'his name is',
  'her name is',
  'their name is',
  'the name is',
  'name is',
  'name',
  "his number's",
  "her number's",
  'his number is',
  'her number is',
  'their number is',
  'the number is',
  'number is',
  'phone number',
  'number',
  'mobile',
  'phone',
  'tel',
  "he's",
  "she's",
  "they're",
  'he is',
  'she is',
  'they are',
  'called',
  'named',
  'please',
  'thanks',
  'thank you',
  'on',
  'at',
  'is',
  'and',
  'it',
  'the',
  'his',
  'her',
  'their',
  'him',
  'them',
];

/** "my partner", "my ex-wife": who they are, not what they are called. */
const RELATION =
  /\bmy (?:(?:ex|former|current|future)[- ]?)?(?:partner|husband|wife|spouse|ex|boyfriend|girlfriend|fiancee?|mum|mom|mother|dad|father|brother|sister|son|daughter|flatmate|housemate|roommate|co-?parent|friend|colleague|boss|landlord|landlady|tenant|neighbou?r|business partner)\b/giu;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FILLER_RE = new RegExp(
  `(?<![\\p{L}'])(?:${[...FILLER]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}'])`,
  'giu',
);

/** Finds the phone number in a message and the name written around it. */
export function parseInvite(text: string, options: InviteOptions): InviteParse {
  const folded = text.replace(/[\u2018\u2019\u02bc]/g, "'");
  const runs = (folded.match(NUMBER_RUN) ?? [])
    .map((run) => run.trim())
    .filter((run) => run.replace(/\D/g, '').length >= MIN_DIGITS);
  const first = runs[0];
  if (!first) return partialNumber(folded, options);
  for (const run of runs) {
    const phoneNumber = parseMobileNumber(toDialable(run), options.defaultCountry);
    if (phoneNumber) return { kind: 'ok', phoneNumber, name: nameAround(folded, run) };
  }
  return { kind: 'bad_number', written: first };
}

/** "INVITE 0770 John": digits that start a number but stop short of one. */
function partialNumber(text: string, options: InviteOptions): InviteParse {
  if (!options.explicit) return { kind: 'none' };
  const partial = (text.match(NUMBER_RUN) ?? [])
    .map((run) => run.trim())
    .find((run) => run.replace(/\D/g, '').length >= MIN_PARTIAL_DIGITS);
  return partial ? { kind: 'bad_number', written: partial, incomplete: true } : { kind: 'none' };
}

/** `0044…` is how many countries dial abroad; libphonenumber wants `+44…`. */
function toDialable(run: string): string {
  return run.replace(/^\(?00(?=[1-9])/, '+');
}

/** The words left once the number, the filler and the punctuation are gone. */
function nameAround(text: string, run: string): string | null {
  const rest = text
    .replace(run, ' ')
    .replace(NUMBER_RUN, ' ')
    .replace(/^\s*[/!#]/, ' ')
    .replace(RELATION, ' ')
    .replace(FILLER_RE, ' ')
    .replace(/[^\p{L}\p{M}'\-. ]+/gu, ' ')
    .replace(/(?<=\s|^)['\-.]+|['-]+(?=\s|$)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
  return tidyName(rest);
}

/** Capitalises a name typed in one case ("john smith", "JOHN"), keeps "McDonald" as written. */
export function tidyName(name: string): string | null {
  const cleaned = name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}/u.test(cleaned)) return null;
  const oneCase = cleaned === cleaned.toLowerCase() || cleaned === cleaned.toUpperCase();
  const cased = cleaned
    .split(' ')
    .map((word) => {
      if (!oneCase && word !== word.toLowerCase()) return word;
      return word
        .toLowerCase()
        .replace(/(^|['-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
    })
    .join(' ');
  return cased.slice(0, MAX_NAME_CHARS).trim() || null;
}

// biome-ignore lint/suspicious/noExplicitAny: Meta's contact card JSON, read defensively field by field.
type Json = Record<string, any>;

/** Reads the first contact with a phone from Meta's `contacts` array (a shared contact card). */
export function inviteFromContacts(contacts: unknown, options: InviteOptions): InviteParse {
  if (!Array.isArray(contacts)) return { kind: 'none' };
  const contact = (contacts as Json[]).find((c) => phonesOf(c).length > 0);
  if (!contact) return { kind: 'none' };
  const written = phonesOf(contact);
  for (const number of written) {
    const phoneNumber = parseMobileNumber(toDialable(number), options.defaultCountry);
    if (phoneNumber) return { kind: 'ok', phoneNumber, name: contactName(contact.name) };
  }
  return { kind: 'bad_number', written: written[0] ?? '' };
}

/** The numbers on a card, each phone's `wa_id` when present, else what the card says. */
function phonesOf(contact: Json | null | undefined): string[] {
  const phones: unknown[] = Array.isArray(contact?.phones) ? contact.phones : [];
  return phones.flatMap((phone) => {
    const p = (phone ?? {}) as Json;
    // wa_id is the number WhatsApp itself resolved, so it beats what the card says.
    if (typeof p.wa_id === 'string' && /\d/.test(p.wa_id))
      return [`+${p.wa_id.replace(/\D/g, '')}`];
    if (typeof p.phone === 'string' && /\d/.test(p.phone)) return [p.phone.trim()];
    return [];
  });
}

function contactName(name: Json | undefined): string | null {
  const first = typeof name?.first_name === 'string' ? name.first_name : '';
  const formatted = typeof name?.formatted_name === 'string' ? name.formatted_name : '';
  return tidyName(first.trim() || formatted.trim());
}
