/**
 * What the safety screen needs to know about one language besides English: how its words are
 * folded and split, which words deny what follows (and, in French, German and Hindi, what comes
 * before), the word sets its risk indicators are written with, the indicators themselves, and
 * the cues that put a message in a film, a joke, someone else's story or a past that has ended.
 */
import type { RiskIndicator } from '../risk-indicator.js';

/** The writing system a pack's words are in; a pack is skipped when a message has none of it. */
export type Script = 'latin' | 'arabic' | 'devanagari';

/** Cues, as regular expressions over the folded message (words separated by single spaces). */
export interface ContextCues {
  /** A film, series, book or the news. */
  media: RegExp;
  /** Laughter or "only joking". */
  joke: RegExp;
  /** The message opens on another person (a friend, a sister, a neighbour). */
  othersOpening: RegExp;
  /** The writer is on the receiving end ("me", "mich", "मुझे"), not only the one told. */
  writerAsObject: RegExp;
  /** Says what happened has ended ("never happened again", "that is over"). */
  ended: RegExp;
  /** Brings it back into the present ("again", "still", "last night"). */
  continues: RegExp;
}

/** One language (or one script of a language) for the safety screen. */
export interface LanguagePack {
  /** BCP 47 tag of the language, with `-Latn` for romanised Hindi. */
  code: string;
  script: Script;
  /** Words that deny the next few words of their clause. */
  negators: readonly string[];
  /** Negators that also deny the words just before them ("il me frappe pas", "er schlägt mich nicht"). */
  trailingNegators?: readonly string[];
  /** How many words a negation denies (default 4; German subordinate clauses end sooner). */
  scope?: number;
  /** How many words may stand between a match and a trailing negator (Hindi ends clauses on it). */
  trailingScope?: number;
  /** A single word that carries its own negation (Egyptian "ماضربنيش"). */
  negatedWord?: RegExp;
  /** Words that close a negation's clause early ("but", "and", "when"). */
  scopeEnds: readonly string[];
  /** Text-speak and elisions, read as the words they stand for ("q" → "que", "m" → "me"). */
  spellings?: Readonly<Record<string, string>>;
  /** Splits a word carrying an object pronoun ("pegarme" → "pegar me"). */
  splitWord?: (word: string) => readonly string[];
  /**
   * Common words of the language (folded), space-separated. When another language's common
   * words clearly outnumber these in a message, this pack stands down: Spanish "no" is
   * "in the" in Portuguese, and English "bathroom" begins like Portuguese "bater".
   */
  markers: string;
  /** Named word sets; a word ending or starting with `~` matches any ending or beginning. */
  sets: Readonly<Record<string, string>>;
  indicators: readonly RiskIndicator[];
  context: ContextCues;
}
