/**
 * The features the safety classifier reads from one sentence: word stems and pairs of stems,
 * the word classes of the risk lexicon, which classes follow which (who did what to whom), and
 * negation scope ("never hit me" is not "hit me"), plus the message's context (a film, a joke).
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
