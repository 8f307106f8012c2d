/**
 * A message as sentences of tokens that know their stem, their word classes and whether a
 * negation a few words before denies them, plus the message's context (a film, a joke,
 * someone else's story). Both the risk indicators and the classifier read this one shape.
 */
import { isSomeoneElsesStory } from './others-story.js';
import { isResolvedPast } from './resolved-past.js';
import { WORD_CLASSES } from './risk-lexicon.js';
import { stem, tokenise } from './tokenise.js';

/** One word of a sentence. */
export interface Token {
  word: string;
  stem: string;
  classes: readonly string[];
  /** True when a negation earlier in the same clause denies this word. */
  negated: boolean;
}

/** A message read for screening. */
export interface ReadMessage {
  sentences: Token[][];
  /**
   * MEDIA (a film, book, the news), JOKE (lol, haha), OTHERS_POSS ("my friend's ..."),
   * OTHERS_STORY (opens on someone else and never has the writer on the receiving end),
   * RESOLVED_PAST (says what happened has ended, and nothing says it goes on).
   */
  context: ReadonlySet<string>;
}

const NEGATORS = new Set(['not', 'never', 'nobody', 'nothing', 'neither', 'nor']);
// "no" denies only the next word or two ("no violence", "no way out") unless it is "no one".
const SHORT_NEGATORS = new Set(['no']);
const SHORT_SCOPE = 2;
// Words that put a message in a film, book, programme or the news: some always, some only
// after "the", "a", "that" ("the show", not "he shows up"; "a book", not "he booked").
const MEDIA_WORDS = new Set(
  'film films movie movies documentary documentaries novel novels thriller thrillers podcast podcasts episode episodes eastenders bbc netflix programme programmes villain character characters drama dramas news article articles cinema sitcom finale spoiler spoilers'.split(
    ' ',
  ),
);
const MEDIA_AFTER_DETERMINER = new Set(
  'show shows series book books story stories game games song songs scene scenes soap report play musical'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this', 'on', 'in', 'my', 'our']);
const JOKE_WORDS = new Set([
  'lol',
  'lmao',
  'rofl',
  'haha',
  'hahaha',
  'hehe',
  'jk',
  'joking',
  'kidding',
]);
// Words that close a negation's clause early: "he never hit me before, but last night he did".
const SCOPE_ENDS = new Set(['but', 'and', 'because', 'so', 'then', 'until', 'till', 'when', 'if']);
const SCOPE_LENGTH = 5;

// "Back" is a body part after a possessive or "the" ("hit me in the back", "my back"); otherwise it
// says where someone goes ("bring them back by six", "come back home"), which is ordinary talk.
const BODY_PART_BEFORE = new Set(['my', 'his', 'her', 'your', 'their', 'our', 'the', 'lower']);

/** A word's classes in the risk lexicon, read with the word before it where the sense turns on it. */
function wordClasses(wordStem: string, previous: string): readonly string[] {
  const classes = WORD_CLASSES.get(wordStem) ?? [];
  if (wordStem === 'back' && !BODY_PART_BEFORE.has(previous))
    return classes.filter((name) => name !== 'BODY');
  return classes;
}

/** Reads a message into sentences of tokens and its context. */
export function readMessage(text: string): ReadMessage {
  const context = new Set<string>();
  const words = tokenise(text);
  if (isSomeoneElsesStory(words)) context.add('OTHERS_STORY');
  if (isResolvedPast(words)) context.add('RESOLVED_PAST');
  const sentences = words.map((words) => {
    const stems = words.map(stem);
    let remaining = 0;
    return words.map((word, at): Token => {
      const wordStem = stems[at]!;
      let negated = false;
      if (SCOPE_ENDS.has(wordStem)) remaining = 0;
      else if (remaining > 0) {
        negated = true;
        remaining -= 1;
      }
      if (NEGATORS.has(word)) remaining = SCOPE_LENGTH;
      if (SHORT_NEGATORS.has(word)) {
        remaining = ['one', 'body'].includes(words[at + 1] ?? '') ? SCOPE_LENGTH : SHORT_SCOPE;
      }
      const previous = words[at - 1] ?? '';
      const classes = wordClasses(wordStem, previous);
      if (
        MEDIA_WORDS.has(word) ||
        (MEDIA_AFTER_DETERMINER.has(word) && DETERMINERS.has(previous))
      ) {
        context.add('MEDIA');
      }
      if (JOKE_WORDS.has(word) || /^(ha){2,}|^lo+l$/u.test(word)) context.add('JOKE');
      if (classes.includes('OTHERS') && stems[at + 1] === "'s") context.add('OTHERS_POSS');
      return { word, stem: wordStem, classes, negated };
    });
  });
  return { sentences, context };
}
