/**
 * Which reflection a line in `locale` can make of a message: the English engine for English
 * written to English readers, the Spanish and Portuguese one for those, and for the other
 * languages (or words in another language than the reader's) a kind thank-you from the
 * catalogue, saying once why the words are not put back in other words.
 */
import type { Locale } from '../../i18n/locales.js';
import { languageName, sameLanguage } from '../languages.js';
import type { TranscriptEntry } from '../mediator.js';
import { addressIn, isEnglish, say } from './catalogue-text.js';
import { reflect } from './reflection.js';
import { reflectRomance, reflectsInRomance } from './reflection-es-pt.js';

export interface LocalizedReflectionInput {
  text: string;
  /** The language the writer uses. */
  writerLocale: Locale;
  name: string | null;
  otherName: string | null;
  seed: number;
  /** The mediator's earlier lines, so the note about rewording is said once. */
  transcript: TranscriptEntry[];
}

/** Says the person's words back in `locale`, as far as the facilitator can do it well. */
export function reflectIn(locale: Locale, input: LocalizedReflectionInput): string {
  const { name } = input;
  // This line is read by the other person: it tells them, not the writer, what they are reading.
  if (!sameLanguage(input.writerLocale, locale)) {
    return say(locale, 'reflect.other_language', {
      name: name ?? say(locale, 'person.other'),
      language: languageName(input.writerLocale, locale),
    });
  }
  if (isEnglish(locale)) {
    return reflect({
      text: input.text,
      speakerName: name,
      otherName: input.otherName,
      answersProposal: false,
      seed: input.seed,
    });
  }
  if (reflectsInRomance(locale)) return reflectRomance({ text: input.text, locale, name });
  const thanks = addressIn(locale, name, say(locale, 'reflect.thanks'));
  const note = say(locale, 'reflect.unavailable', { language: languageName(locale, locale) });
  const noted = input.transcript.some((e) => e.participantId === null && e.text.includes(note));
  return noted ? thanks : `${thanks} ${note}`;
}
