/**
 * The features the safety classifier reads from one sentence: word stems and pairs of stems,
 * the word classes of the risk lexicon, which classes follow which (who did what to whom), and
 * negation scope ("never hit me" is not "hit me"), plus the message's context (a film, a joke),
 * and character runs inside words, so misspelt and unseen forms meet the known ones.
 */
import { type ReadMessage, readMessage, type Token } from './sentence-tokens.js';

// How far apart two classes may be and still read as one act ("he [HARM] me on the [BODY]").
const PAIR_WINDOW = 5;
// Classes naming who is involved, not what happened: a negation does not deny them.
const PARTICIPANTS = new Set([
  'ME',
  'SELF',
  'PARTNER',
  'CHILD',
  'OTHERS',
  'MEDIA',
  'JOKE',
  'FUTURE',
]);

// Character runs of these lengths inside a word (with its edges marked) let a misspelling or an
// unseen form of a word ("chokin", "strangld", "threatning") share features with the known one.
// 3 and 5 together read best in cross-validation on the development part (3, 4, 5 alone tried).
const GRAMS = [3, 5];
// Short words carry little beyond their stem, which the w: feature already gives.
const GRAM_MIN_WORD = 4;

/** The character runs of one word, edges marked with `_`. */
function charGrams(word: string): string[] {
  if (word.length < GRAM_MIN_WORD) return [];
  const marked = `_${word}_`;
  const grams: string[] = [];
  for (const size of GRAMS) {
    for (let at = 0; at + size <= marked.length; at += 1) grams.push(marked.slice(at, at + size));
  }
  return grams;
}

/** One sentence's feature names; repeated names count once. */
export type FeatureSet = Set<string>;

/** Features for each sentence of a message (read once with `readMessage`). */
export function messageFeatures(text: string | ReadMessage): FeatureSet[] {
  const message = typeof text === 'string' ? readMessage(text) : text;
  return message.sentences.map((tokens) => {
    const features = sentenceFeatures(tokens);
    for (const name of message.context) features.add(`ctx:${name}`);
    return features;
  });
}

function sentenceFeatures(tokens: Token[]): FeatureSet {
  const features: FeatureSet = new Set();
  const classes: Array<{ name: string; at: number }> = [];
  tokens.forEach((token, at) => {
    const mark = token.negated ? 'NOT_' : '';
    features.add(`w:${mark}${token.stem}`);
    for (const gram of charGrams(token.word)) features.add(`g:${mark}${gram}`);
    const next = tokens[at + 1];
    if (next !== undefined) features.add(`b:${token.stem}_${next.stem}`);
    for (const name of token.classes) {
      if (name === 'NEGATE') continue;
      const classMark = PARTICIPANTS.has(name) ? '' : mark;
      features.add(`c:${classMark}${name}`);
      classes.push({ name: `${classMark}${name}`, at });
    }
  });
  for (const first of classes) {
    for (const second of classes) {
      const gap = second.at - first.at;
      if (gap > 0 && gap <= PAIR_WINDOW && first.name !== second.name) {
        features.add(`p:${first.name}>${second.name}`);
      }
    }
  }
  return features;
}
