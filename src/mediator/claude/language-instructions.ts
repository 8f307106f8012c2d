/**
 * What Claude is told about the languages of the people it is talking to: which language each
 * reads and writes, and which language(s) the reply must be written in. One reply per language
 * when the two people read different ones, so each reads the mediator in their own.
 */
import type { Locale } from '../../i18n/locales.js';
import { languageName, localeOfParticipant, localesOfRoom } from '../languages.js';
import type { MediatorParticipant, MediatorRequest } from '../mediator.js';

/** A language as the prompt names it: its English name and its tag ("Portuguese (pt-BR)"). */
export function promptLanguage(locale: Locale): string {
  return `${languageName(locale)} (${locale})`;
}

/** The languages the reply is written in, the first for `reply`, the rest for `reply_versions`. */
export function localesOfRequest(request: MediatorRequest): Locale[] {
  if (request.kind === 'intake') {
    return [localeOfParticipant(request.participants.find((p) => p.id === request.personId))];
  }
  return localesOfRoom(request.participants);
}

/** The note on a participant's line of the participants list. */
export function languageNote(participant: MediatorParticipant): string {
  return `reads and writes ${promptLanguage(localeOfParticipant(participant))}`;
}

/** The sentence of the task that says which language(s) to write in. */
export function languageTask(request: MediatorRequest): string {
  const [first, ...others] = localesOfRequest(request);
  const main = promptLanguage(first!);
  const agreement =
    request.kind === 'draft_agreement' ? ` Write the agreement itself in ${main}.` : '';
  if (others.length === 0) {
    return `Write your reply in ${main}, whatever language the transcript is in.${agreement}`;
  }
  const rest = others.map(promptLanguage).join(' and ');
  return [
    `The participants read different languages: write reply in ${main}, and in reply_versions give the same reply written in ${rest}, one entry each with its tag as locale.`,
    'Each version says the same thing with the same warmth; when you refer to what someone wrote, say it in the language of the version, never leave it untranslated.',
    agreement.trim(),
  ]
    .filter(Boolean)
    .join(' ');
}
