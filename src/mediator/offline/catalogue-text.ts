/**
 * The offline facilitator's fixed texts, from the `mediator` catalogue in the language it is
 * writing, and the small language rules around them (addressing someone by name, listing names).
 */
import type { MessageKey, MessageValues } from '../../i18n/catalogue-types.js';
import type { Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { languageOf } from '../languages.js';
import type { MediatorParticipant } from '../mediator.js';
import { addressing, bothNames } from './participants.js';
import { capitalize, lowerFirst } from './text.js';

export type MediatorKey = MessageKey<'mediator'>;

/** One fixed text of the facilitator in `locale`. */
export function say(locale: Locale, key: MediatorKey, values?: MessageValues): string {
  return translate('mediator', locale, key, values);
}

/** True for the languages the facilitator's English code paths were written for. */
export function isEnglish(locale: Locale): boolean {
  return languageOf(locale) === 'en';
}

/** "Joana, você pode…": the sentence addressed to a person by name, or on its own without one. */
export function addressIn(locale: Locale, name: string | null, sentence: string): string {
  if (isEnglish(locale)) return addressing(name, sentence);
  if (!name) return capitalize(sentence);
  // Arabic takes its own comma. (No catalogue text addressed to a person starts with a noun,
  // so German lower-cases its first word like the others.)
  return `${name}${languageOf(locale) === 'ar' ? '،' : ','} ${lowerFirst(sentence)}`;
}

/** Names joined as the language joins them ("Sarah e Joana"); English keeps its own rule. */
export function listNames(locale: Locale, names: string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/** Both people named together in `locale`, or `fallback` when a name is missing. */
export function bothNamesIn(
  locale: Locale,
  participants: MediatorParticipant[],
  fallback: string,
): string {
  if (isEnglish(locale)) return bothNames(participants, fallback);
  const names = participants.map((p) => p.name.trim()).filter(Boolean);
  return names.length === participants.length && names.length > 0
    ? listNames(locale, names)
    : fallback;
}
