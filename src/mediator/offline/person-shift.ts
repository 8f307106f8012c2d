/**
 * Restates a participant's own words from someone else's point of view. Reflections speak
 * to the speaker ("I feel" -> "you feel", the other person becomes "they"); agreements name
 * everyone ("I'll" -> "Sam will", "you" -> "Alex").
 */

import { MID_ADVERBS, thirdPersonSingular } from './verb-forms.js';

const TOKEN = /([\p{L}\p{N}]+(?:'[\p{L}]+)*)|([^\p{L}\p{N}]+)/gu;

/** Words after "you" that show it is an object ("I need you to"), not a subject ("you never"). */
const AFTER_OBJECT_YOU = new Set(
  (
    'to for about with at in on from and or but so too as more than back up out again anymore ' +
    'by until till before after later soon every each next whenever first ' +
    'because when if now today tonight either though enough twice once here there that this ' +
    'know please'
  ).split(' '),
);
/** Words before "you" that make it an object ("told you", "for you"). */
const BEFORE_OBJECT_YOU = new Set(
  'to for with at about from of on by without than tell ask asked told thank love miss'.split(' '),
);

type Rewrite = (word: string, index: number, tokens: string[]) => string | null;

/** Finds the neighbouring word (skipping spaces and punctuation) in the token list. */
function neighbour(tokens: string[], index: number, step: 1 | -1): string {
  for (let i = index + step; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i] ?? '';
    if (/[\p{L}\p{N}]/u.test(token)) return token.toLowerCase();
    if (/[.,;:!?]/.test(token)) return '';
  }
  return '';
}

/** Decides whether a "you" is the subject of its clause, using the words around it. */
function isSubjectYou(tokens: string[], index: number): boolean {
  const next = neighbour(tokens, index, 1);
  if (next === '' || AFTER_OBJECT_YOU.has(next)) return false;
  return !BEFORE_OBJECT_YOU.has(neighbour(tokens, index, -1));
}

/** Applies a word-level rewrite while keeping spacing and the capital at the start. */
function rewriteWords(text: string, rewrite: Rewrite): string {
  const tokens = Array.from(text.matchAll(TOKEN), (m) => m[0]);
  let seenWord = false;
  const out = tokens.map((token, index) => {
    if (!/[\p{L}\p{N}]/u.test(token)) return token;
    const first = !seenWord;
    seenWord = true;
    const replaced = rewrite(token.toLowerCase(), index, tokens);
    if (replaced === null) return token;
    // "I" is capitalised anywhere, so only a sentence-initial "I" says the result should be.
    const isPronounI = /^I('|$)/.test(token);
    const capital = isPronounI ? first : token[0] !== token[0]?.toLowerCase();
    return capital ? replaced.charAt(0).toUpperCase() + replaced.slice(1) : replaced;
  });
  return out.join('');
}

/** Reflection rewrites as "from:to" pairs; "_" stands for a space inside the replacement. */
const TO_SECOND = new Map(
  (
    "i:you me:you my:your mine:yours myself:yourself i'm:you're i've:you've i'll:you'll " +
    "i'd:you'd we:you_both us:the_two_of_you our:your ours:yours ourselves:yourselves " +
    "we're:you're_both we've:you've_both we'll:you'll_both we'd:you'd_both your:their " +
    "yours:theirs yourself:themselves yourselves:themselves you're:they're you've:they've " +
    "you'll:they'll you'd:they'd"
  )
    .split(' ')
    .map((pair) => pair.replace(/_/g, ' ').split(':') as [string, string]),
);

/** Rewrites the speaker's words to address them: "I need you to listen" -> "you need them to listen". */
export function toSecondPerson(text: string): string {
  return rewriteWords(text, (word, index, tokens) => {
    const prev = neighbour(tokens, index, -1);
    if (word === 'you') return isSubjectYou(tokens, index) ? 'they' : 'them';
    if (word === 'am' && !/^\d/.test(prev)) return 'are';
    if (
      (word === 'was' || word === "wasn't") &&
      (prev === 'i' || neighbour(tokens, index, 1) === 'i')
    ) {
      return word === 'was' ? 'were' : "weren't";
    }
    return TO_SECOND.get(word) ?? null;
  });
}

/** Names used when restating words in the third person. */
export interface ShiftNames {
  speaker: string;
  other: string;
  both: string;
}

/** Rewrites the speaker's words with names: "I'll call you" -> "Sam will call Alex". */
export function toThirdPerson(text: string, names: ShiftNames): string {
  const { speaker, other, both } = names;
  const table: Record<string, string> = {
    i: speaker,
    me: speaker,
    my: `${speaker}'s`,
    mine: `${speaker}'s`,
    myself: 'themselves',
    "i'm": `${speaker} is`,
    "i've": `${speaker} has`,
    "i'll": `${speaker} will`,
    "i'd": `${speaker} would`,
    your: `${other}'s`,
    yours: `${other}'s`,
    yourself: 'themselves',
    "you're": `${other} is`,
    "you've": `${other} has`,
    "you'll": `${other} will`,
    "you'd": `${other} would`,
    we: both,
    us: both,
    our: 'their',
    ours: 'theirs',
    "we're": `${both} are`,
    "we've": `${both} have`,
    "we'll": `${both} will`,
  };
  const verbFixes = new Set<number>();
  const shifted = rewriteWords(text, (word, index, tokens) => {
    if (verbFixes.has(index)) return thirdPersonSingular(tokens[index] ?? word);
    const prev = neighbour(tokens, index, -1);
    if (word === 'am' && prev === 'i') return 'is';
    if (word === 'you' || word === 'i') {
      if (word === 'i' || isSubjectYou(tokens, index)) markVerb(tokens, index, verbFixes);
      return word === 'i' ? speaker : other;
    }
    return table[word] ?? null;
  });
  return shifted;
}

/** Marks the verb after a singular subject so it gets an "s" ("you pick" -> "Sam picks"). */
function markVerb(tokens: string[], index: number, marks: Set<number>): void {
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (!/[\p{L}\p{N}]/u.test(token)) {
      if (/[.,;:!?]/.test(token)) return;
      continue;
    }
    if (MID_ADVERBS.has(token.toLowerCase())) continue;
    marks.add(i);
    return;
  }
}
