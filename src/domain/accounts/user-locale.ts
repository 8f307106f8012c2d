/** A person's language read from their account, for a text sent to them outside a request. */
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales.js';
import type { Db } from '../../storage/database.js';
import { localeOf } from './person-locale.js';

/** British English when there is no such person or nothing is known of them. */
export async function localeOfUser(db: Db, userId: string | null | undefined): Promise<Locale> {
  if (!userId) return SOURCE_LOCALE;
  const user = await db
    .selectFrom('users')
    .select('locale')
    .where('id', '=', userId)
    .executeTakeFirst();
  return localeOf({ locale: user?.locale });
}
