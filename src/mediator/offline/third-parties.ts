/**
 * The people a mediation is about who are not in the room: children, a parent, a grandparent.
 * A commitment someone signs has to name them ("Jen will collect Evie by 5"), not say "her",
 * so pronouns in an offer are resolved to the person most recently named: a capitalised word
 * inside a sentence (or with "'s"), or a family word ("Mum", "Grandad") that is not someone's
 * ("your mum"). Plain patterns, because this runs on every turn of every reply.
 */

import { findDetails } from './details.js';
import { normalizeText, splitSentences } from './text.js';

const FAMILY = /^(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|grandpa)$/i;
const POSSESSOR = /^(?:my|your|his|her|our|their|ur|the|a)$/i;
/** Capitalised words that are not people. */
const NOT_A_NAME =
  /^(?:i|ok|okay|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|january|february|march|april|may|june|july|august|september|october|november|december|christmas|boxing|easter|new|year|meedi8|tv|uk|nhs|he|she|they|it|we|you|he's|she's|they're|it's|his|her|him|them|that|this|there|then|and|but|so|yes|yeah|no|thanks|sorry|hi|hey)$/i;

/** The people named in one message, in the order they are mentioned. */
export function namesIn(text: string, participantNames: string[]): string[] {
  const excluded = new Set(participantNames.map((n) => n.toLowerCase()));
  const found: string[] = [];
  for (const sentence of splitSentences(normalizeText(text))) {
    const words = sentence.match(/[\p{L}]+(?:'s)?/gu) ?? [];
    words.forEach((raw, i) => {
      const word = raw.replace(/'s$/, '');
      if (excluded.has(word.toLowerCase()) || NOT_A_NAME.test(word)) return;
      const previous = words[i - 1] ?? '';
      if (FAMILY.test(word)) {
        // "Mum, you never said" / "Thanks mum": talking to the other person, not about someone.
        const vocative =
          new RegExp(
            `^${word}\\b(?:[,.!]|\\s+(?:you|i|u)\\b)|\\b(?:thanks|cheers|thank you|sorry|ok|okay|yes|no|love you|oh) ${word}\\b`,
            'i',
          ).test(sentence) ||
          (new RegExp(`\\b${word}[.!?]?$`, 'i').test(sentence) &&
            i === words.length - 1 &&
            words.length > 1 &&
            /^(?:thanks|cheers|ok|okay|yes|no|sorry|love)$/i.test(previous));
        if (!vocative && !POSSESSOR.test(previous)) {
          found.push(word.charAt(0).toUpperCase() + word.slice(1));
        }
        return;
      }
      const capital = /^\p{Lu}\p{Ll}+$/u.test(word);
      if (capital && (i > 0 || raw.endsWith("'s"))) found.push(word);
    });
  }
  return found;
}

/**
 * Who "him", "her" or "them" most likely means: the one person named in the most recent of
 * these messages that names anyone (two names for "them"), or null when it is not clear.
 */
export function referentFrom(
  recentTexts: string[],
  participantNames: string[],
): { one: string | null; two: string | null } {
  for (const text of [...recentTexts].reverse()) {
    const names = [...new Set(namesIn(text, participantNames))];
    if (names.length === 0) continue;
    return {
      one: names.length === 1 ? (names[0] ?? null) : null,
      two: names.length === 2 ? `${names[0]} and ${names[1]}` : null,
    };
  }
  return { one: null, two: null };
}

/** Words after "her" that show it is the object ("collect her by 5"), not "her tea". */
const AFTER_OBJECT =
  /^(?:on|at|by|to|up|round|back|off|from|for|in|out|over|every|each|and|or|till|until|before|after|home|tonight|today|tomorrow|this|next|a|an|the|some|any|with|when|if|once|twice)$/i;

/** Puts the named person in place of "him"/"her"/"his" (and "them" for two named people). */
export function resolvePronouns(
  action: string,
  referent: { one: string | null; two: string | null },
): string {
  const { one, two } = referent;
  let out = action;
  if (one && !out.includes(one)) {
    out = out.replace(
      /\b(him|her|his)\b(\s+(\S+))?/gi,
      (_match, pronoun: string, gap = '', next = '') => {
        const word = String(next).replace(/[^\p{L}\p{N}:]/gu, '');
        const lower = pronoun.toLowerCase();
        const object =
          lower === 'him' ||
          (lower === 'her' && (!word || AFTER_OBJECT.test(word) || findDetails(word).length > 0));
        return object ? `${one}${gap}` : `${one}'s${gap}`;
      },
    );
  }
  if (two && !out.includes(two)) out = out.replace(/\bthem\b/, two);
  return out;
}
