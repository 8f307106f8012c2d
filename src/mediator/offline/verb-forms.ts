/**
 * English verb forms for restating what someone offered with their name as the subject ("you
 * pick up Mia" -> "Sam picks up Mia"), reading "what if we swapped" as a plan, and putting an
 * added line ("Sam walks the dog") in the future. Conjugation comes from compromise; the
 * lists here only cover words that must never change after a subject.
 */

import nlp from 'compromise';

/** The forms compromise gives for one verb (its typings only promise an object). */
type Conjugation = { PresentTense?: string; Infinitive?: string };

/** compromise's conjugation of the first verb in a document. */
function conjugate(doc: ReturnType<typeof nlp>): Conjugation {
  return (doc.verbs().conjugate()[0] ?? {}) as Conjugation;
}

/** Words after a subject that already agree with any subject: modals and past forms. */
const UNCHANGED_AFTER_SUBJECT = new Set(
  (
    "will would can could should might may must shall won't wouldn't can't couldn't shouldn't " +
    "didn't did had hadn't was cannot"
  ).split(' '),
);

const CONTRACTED: Record<string, string> = {
  am: 'is',
  are: 'is',
  were: 'was',
  "don't": "doesn't",
  "aren't": "isn't",
  "weren't": "wasn't",
  "haven't": "hasn't",
};

/** Adverbs that sit between a subject and its verb ("you always leave"). */
export const MID_ADVERBS = new Set(
  (
    'always never also just still usually often really actually sometimes then only even ' +
    'already rarely normally both all'
  ).split(' '),
);

/** Keeps the capital of the original word on its replacement. */
function sameCase(original: string, replacement: string): string {
  return original[0] && original[0] !== original[0].toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

/** Conjugates a verb for a singular named subject ("pick" -> "picks", "try" -> "tries"). */
export function thirdPersonSingular(verb: string): string {
  const lower = verb.toLowerCase();
  const contracted = CONTRACTED[lower];
  if (contracted) return sameCase(verb, contracted);
  if (UNCHANGED_AFTER_SUBJECT.has(lower) || lower.endsWith("'t") || !/^\p{L}+$/u.test(lower)) {
    return verb;
  }
  const doc = nlp(lower);
  if (doc.has('#PastTense')) return verb;
  // Only verbs change: "you by 7pm" has no verb after the subject to conjugate.
  if (doc.has('(#Preposition|#Determiner|#Conjunction|#Pronoun|#Adverb|#Value)')) return verb;
  doc.tag('Infinitive');
  const present = conjugate(doc).PresentTense;
  return typeof present === 'string' && present ? sameCase(verb, present) : verb;
}

/** Turns a hypothetical past verb back into a plan ("what if we swapped" -> "swap"). */
export function pastToBase(verb: string): string {
  const lower = verb.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return verb;
  const doc = nlp(lower);
  if (!doc.has('#PastTense') && !lower.endsWith('ed')) return verb;
  doc.tag('PastTense');
  const base = conjugate(doc).Infinitive;
  return typeof base === 'string' && base ? sameCase(verb, base) : verb;
}

/** Puts a sentence's main verb in the future ("Sam walks the dog" -> "Sam will walk the dog"). */
export function toFuture(sentence: string): string {
  if (/\b(?:will|won't|shall)\b/i.test(sentence)) return sentence;
  const doc = nlp(sentence);
  const verb = doc.verbs().eq(0) as ReturnType<typeof nlp> & { toFutureTense(): unknown };
  if (!verb.found) return sentence;
  verb.toFutureTense();
  return doc.text();
}
