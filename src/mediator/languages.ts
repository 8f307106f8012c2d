/**
 * The languages of the people in a mediation, as both providers see them: each participant's
 * shipped locale (English (UK) when none is known), the distinct ones a shared line must be
 * written in, and a language's name in whichever language names it.
 */
import { type Locale, SOURCE_LOCALE } from '../i18n/locales.js';
import type { MediatorParticipant } from './mediator.js';

/** A participant's language (English (UK), Meedi8's source, when none is known). */
export function localeOfParticipant(participant: MediatorParticipant | undefined): Locale {
  return participant?.locale ?? SOURCE_LOCALE;
}

/** The language part of a tag: "pt" for "pt-BR", "en" for "en-GB". */
export function languageOf(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** True when two tags are the same language (UK and US English are one). */
export function sameLanguage(a: string, b: string): boolean {
  return languageOf(a) === languageOf(b);
}

/**
 * The locales a line for everyone must be written in, owner's first: one per language (UK and
 * US English count as one; the first one met is used).
 */
export function localesOfRoom(participants: readonly MediatorParticipant[]): Locale[] {
  const locales: Locale[] = [];
  for (const participant of participants) {
    const locale = localeOfParticipant(participant);
    if (!locales.some((l) => sameLanguage(l, locale))) locales.push(locale);
  }
  return locales.length > 0 ? locales : [SOURCE_LOCALE];
}

const names = new Map<string, Intl.DisplayNames>();

/** The name of the language of `tag`, written in `inLocale` ("Portuguese", "inglês"). */
export function languageName(tag: string, inLocale: string = SOURCE_LOCALE): string {
  let display = names.get(inLocale);
  if (!display) {
    display = new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' });
    names.set(inLocale, display);
  }
  // The language alone: "Portuguese", not "Brazilian Portuguese", in a person's sentence.
  return display.of(languageOf(tag)) ?? tag;
}
