import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type {
  NotificationFrequency,
  QuietHours,
  UserRow,
  UserUpdate,
} from '../../storage/schema.js';
import { parseMobileNumber } from '../phone-number.js';

export interface ProfileChanges {
  name?: string;
  phone_number?: string | null;
  whatsapp_opt_in?: boolean;
  notification_frequency?: NotificationFrequency;
  quiet_hours?: QuietHours | null;
  locale?: string;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Applies profile changes; opt-in is time-stamped. A new phone number (E.164) is only a claim,
 * kept as `pending_phone_number` until the code sent to it comes back (confirm-phone-code.ts).
 */
export async function updateProfile(
  db: Db,
  userId: string,
  changes: ProfileChanges,
  defaultCountry: string,
): Promise<UserRow> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const update: UserUpdate = { updated_at: new Date() };
    if (changes.name !== undefined) update.name = changes.name.trim();
    // A language set here is the person's choice: nothing they write or where they are changes it.
    if (changes.locale !== undefined) {
      update.locale = changes.locale;
      update.locale_source = 'chosen';
    }
    if (changes.notification_frequency !== undefined) {
      update.notification_frequency = changes.notification_frequency;
    }
    if (changes.quiet_hours !== undefined) {
      update.quiet_hours = JSON.stringify(validQuietHours(changes.quiet_hours));
    }

    // The number as the person last gave it: proven, or waiting for its code.
    let phone = current.pending_phone_number ?? current.phone_number;
    if (changes.phone_number !== undefined) {
      const next =
        changes.phone_number === null
          ? null
          : parseMobileNumber(changes.phone_number, defaultCountry);
      if (changes.phone_number !== null && next === null) {
        throw errors.invalidInput(
          'phone_number is not a valid mobile number. Write it with the country code, e.g. +44 7700 900123.',
        );
      }
      if (next !== phone) {
        // A typed number proves nothing: it waits for its code and identifies no one until then,
        // and the account stops using its old number (the person said it is no longer theirs).
        update.phone_number = null;
        update.phone_number_verified_at = null;
        update.pending_phone_number = next;
        await trx.deleteFrom('phone_verifications').where('user_id', '=', userId).execute();
        // A new number has not agreed to anything yet; consent belongs to the number it was given for.
        update.whatsapp_opt_in = false;
        update.whatsapp_opt_in_at = null;
        update.whatsapp_opt_in_source = null;
      }
      phone = next;
    }
    if (changes.whatsapp_opt_in !== undefined) {
      if (changes.whatsapp_opt_in && !phone) {
        throw errors.invalidInput('Add a phone_number before turning on WhatsApp updates.');
      }
      const wasOn = update.whatsapp_opt_in ?? current.whatsapp_opt_in;
      if (changes.whatsapp_opt_in !== wasOn) {
        update.whatsapp_opt_in = changes.whatsapp_opt_in;
        update.whatsapp_opt_in_at = changes.whatsapp_opt_in ? new Date() : null;
        update.whatsapp_opt_in_source = changes.whatsapp_opt_in ? 'settings' : null;
      }
    }
    return trx
      .updateTable('users')
      .set(update)
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

function validQuietHours(value: QuietHours | null): QuietHours | null {
  if (value === null) return null;
  if (!HH_MM.test(value.start) || !HH_MM.test(value.end)) {
    throw errors.invalidInput('quiet_hours.start and quiet_hours.end must be times like "22:00".');
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: value.time_zone });
  } catch {
    throw errors.invalidInput(
      'quiet_hours.time_zone must be an IANA time zone such as "Europe/London".',
    );
  }
  return value;
}
