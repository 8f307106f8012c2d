/**
 * The words and phrases that work as chat commands, from every language's table
 * (src/i18n/command-words/): English works everywhere, and so does each shipped language.
 * Phrases are matched after `normaliseCommand` (lower case, no Latin accents, no end
 * punctuation). A phrase counts only when it is the whole message, so "I need a break from your
 * shouting" stays a mediation message.
 */
import { allWords, type CommandWordTable } from '../i18n/command-words/index.js';

type Keywords = CommandWordTable['keywords'];
type Phrases = CommandWordTable['phrases'];

const keywordKinds: (keyof Keywords)[] = [
  'help',
  'status',
  'break',
  'resume',
  'agree',
  'yes',
  'no',
  'leave',
  'switch',
  'invite',
  'link',
  'new',
];
const phraseKinds: (keyof Phrases)[] = [
  'help',
  'status',
  'break',
  'resume',
  'yes',
  'no',
  'leave',
  'write_up',
  'switch',
];

/** The command keywords, written alone or as `KEYWORD`, `/keyword`, `Keyword: argument`. */
export const KEYWORDS = Object.fromEntries(
  keywordKinds.map((kind) => [kind, allWords((t) => t.keywords[kind])]),
) as Record<keyof Keywords, string[]>;

/** Plain phrases that are the whole message, by the command they mean. */
export const PHRASES = Object.fromEntries(
  phraseKinds.map((kind) => [kind, allWords((t) => t.phrases[kind])]),
) as Record<keyof Phrases, string[]>;

/** What may follow a yes-word in a short confirmation ("yes, that's right 👍"). */
export const YES_TAILS = allWords((t) => t.yesTails);

/** Emoji that answer a confirmation on their own. */
export const YES_EMOJI = ['👍', '✅', '✔', '👌', '🆗'];
export const NO_EMOJI = ['👎', '❌', '✖'];

/** Words that can follow a keyword without making it a sentence ("STATUS please"). */
export const POLITE_TAILS = allWords((t) => t.politeTails);
