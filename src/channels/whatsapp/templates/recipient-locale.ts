/**
 * The language a template goes to someone in. A person with an account: their language. Someone
 * being invited: their own stated or written language if Meedi8 already knows them, else what
 * the inviter said they read, else the inviter's own language, else their number's country.
 */
import { countryOfNumber } from '../../../domain/phone-number.js';
import { localeOfCountry } from '../../../i18n/locale-of-country.js';
import type { Locale } from '../../../i18n/locales.js';
import { matchLocale } from '../../../i18n/match-locale.js';
import type { Db } from '../../../storage/database.js';

/** The language of an invite to `phoneNumber` (E.164), by the order above. */
export async function inviteeLocale(
  db: Db,
  input: { phoneNumber: string; recipientLocale: string | null; inviterUserId: string },
): Promise<Locale> {
  const known = await db
    .selectFrom('whatsapp_contacts')
    .innerJoin('users', 'users.id', 'whatsapp_contacts.user_id')
    .select(['users.locale', 'users.locale_source'])
    .where('whatsapp_contacts.wa_id', '=', input.phoneNumber.slice(1))
    .executeTakeFirst();
  // What the person chose or writes in outranks the inviter's word (as `offerLocale` ranks them).
  if (known?.locale && (known.locale_source === 'chosen' || known.locale_source === 'written')) {
    return matchLocale(known.locale);
  }
  if (input.recipientLocale) return matchLocale(input.recipientLocale);
  const inviter = await db
    .selectFrom('users')
    .select(['locale', 'locale_source'])
    .where('id', '=', input.inviterUserId)
    .executeTakeFirst();
  // A language counts once something said it (every account starts with a default "en").
  const found = (person: typeof inviter) => (person?.locale_source ? person.locale : null);
  const tag = found(inviter) ?? found(known) ?? localeOfCountry(countryOfNumber(input.phoneNumber));
  return matchLocale(tag);
}
