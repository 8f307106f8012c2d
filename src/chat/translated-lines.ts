/**
 * The other person's words in a chat that reads another language: the AI's translation, quoted,
 * with a short note that the AI translated it; the original on request ("ORIGINAL", or the word
 * in the person's language).
 */
import { localeOf } from '../domain/accounts/person-locale.js';
import { isLocale, type Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';
import { languageName } from '../mediator/languages.js';
import type { Services } from '../services.js';
import { quoted } from './attribution.js';

/** The translated line and its note, for the relay. */
export function translatedLine(
  translation: { text: string; locale: string },
  language: string | null,
): string {
  const locale: Locale = isLocale(translation.locale) ? translation.locale : 'en-GB';
  const note = translate('mediator', locale, 'translation.chat_note', {
    language: languageName(language ?? 'und', locale),
  });
  return `${quoted(translation.text)}\n${note}`;
}

/** True when the person asks for the original of a translated line. */
export function asksForOriginal(words: string, locale: Locale): boolean {
  const said = words
    .trim()
    .replace(/[.!?]+$/u, '')
    .toLocaleLowerCase(locale);
  const local = translate('mediator', locale, 'translation.original_word').toLocaleLowerCase(
    locale,
  );
  return said === 'original' || said === local || said === local.replace(/[«»"]/g, '');
}

/** The language a person reads. */
export async function localeOfPerson(db: Services['db'], userId: string): Promise<Locale> {
  const me = await db
    .selectFrom('users')
    .select('locale')
    .where('id', '=', userId)
    .executeTakeFirst();
  return localeOf({ locale: me?.locale });
}

/** The original of the latest line translated for this person, quoted, in their language's words. */
export async function originalOfLatest(
  services: Pick<Services, 'db'>,
  roomId: string,
  userId: string,
): Promise<string> {
  const { db } = services;
  const locale = await localeOfPerson(db, userId);
  const latest = await db
    .selectFrom('messages')
    .innerJoin('message_translations', 'message_translations.message_id', 'messages.id')
    .select(['messages.body', 'messages.language'])
    .where('messages.room_id', '=', roomId)
    .where('messages.visible_to_user_id', 'is', null)
    .where('message_translations.locale', '=', locale)
    .where('message_translations.by', '=', 'ai')
    .orderBy('messages.seq', 'desc')
    .executeTakeFirst();
  if (!latest) return translate('mediator', locale, 'translation.no_original');
  const language = languageName(latest.language ?? 'und', locale);
  return `${translate('mediator', locale, 'translation.original', { language })}\n${quoted(latest.body)}`;
}
