/**
 * Each person's language, found and kept: a weaker source never overwrites a stronger one
 * (the number's country < the browser < the inviter's word < what they write in < their own
 * choice). Every text to a person is in `localeOf(them)`.
 */
import { sql } from 'kysely';
import { detectWrittenLanguage } from '../../i18n/detect-language.js';
import { localeOfCountry } from '../../i18n/locale-of-country.js';
import type { Locale } from '../../i18n/locales.js';
import { matchLocale } from '../../i18n/match-locale.js';
import type { Db } from '../../storage/database.js';
import { LOCALE_SOURCES, type LocaleSource } from '../../storage/schema.js';
import { countryOfNumber } from '../phone-number.js';

/** The shipped language Meedi8 speaks to a person. */
export function localeOf(person: { locale: string | null | undefined }): Locale {
  return matchLocale(person.locale);
}

/** Stores `tag` as the person's language unless a stronger source already set one. */
export async function offerLocale(
  db: Db,
  userId: string,
  tag: string,
  source: LocaleSource,
): Promise<boolean> {
  const ranks = sql.raw(`array[${LOCALE_SOURCES.map((s) => `'${s}'`).join(',')}]::text[]`);
  const result = await db
    .updateTable('users')
    .set({ locale: tag, locale_source: source, updated_at: new Date() })
    .where('id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('locale_source', 'is', null),
        eb(
          sql`array_position(${ranks}, locale_source)`,
          '<=',
          sql`array_position(${ranks}, ${source}::text)`,
        ),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * What one message says about a person's language: the language it is written in (with the
 * number's country as its region, which also picks helplines), or the country alone when the
 * text says nothing and nothing better is known.
 */
export async function notePersonWriting(
  db: Db,
  userId: string,
  text: string | null,
  phoneNumber: string | null,
): Promise<void> {
  const country = phoneNumber ? countryOfNumber(phoneNumber) : null;
  const written = text ? await detectWrittenLanguage(text) : null;
  if (written) {
    await offerLocale(db, userId, country ? `${written}-${country}` : written, 'written');
    return;
  }
  const guess = localeOfCountry(country);
  if (guess) await offerLocale(db, userId, guess, 'country');
}
