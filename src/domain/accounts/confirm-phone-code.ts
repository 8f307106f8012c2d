/**
 * The person types the code Meedi8 sent to the number waiting on their account: the number is
 * now theirs. A wrong code counts against the code's tries, and that count survives the refusal.
 */
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { UserRow } from '../../storage/schema.js';
import { PHONE_CODE_MAX_ATTEMPTS, phoneCodeMatches } from './phone-codes.js';

type Outcome = { user: UserRow } | { wrong: number } | { expired: true } | { none: true };

/** Checks the code; on success the waiting number becomes the account's proven number. */
export async function confirmPhoneCode(
  db: Db,
  userId: string,
  code: string,
  now = new Date(),
): Promise<UserRow> {
  const outcome: Outcome = await db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const pending = await trx
      .selectFrom('phone_verifications')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!user.pending_phone_number || pending?.phone_number !== user.pending_phone_number) {
      return { none: true };
    }
    if (pending.expires_at <= now || pending.failed_attempts >= PHONE_CODE_MAX_ATTEMPTS) {
      return { expired: true };
    }
    if (!phoneCodeMatches(code, pending.code_salt, pending.code_hash)) {
      await trx
        .updateTable('phone_verifications')
        .set({ failed_attempts: pending.failed_attempts + 1 })
        .where('user_id', '=', userId)
        .execute();
      return { wrong: PHONE_CODE_MAX_ATTEMPTS - pending.failed_attempts - 1 };
    }
    await trx.deleteFrom('phone_verifications').where('user_id', '=', userId).execute();
    return { user: await attachProvenNumber(trx, user, user.pending_phone_number, now) };
  });
  if ('user' in outcome) return outcome.user;
  if ('wrong' in outcome) {
    if (outcome.wrong <= 0) throw errors.phoneCodeExpired();
    throw errors.phoneCodeWrong(outcome.wrong);
  }
  if ('expired' in outcome) throw errors.phoneCodeExpired();
  throw errors.phoneCodeNotSent();
}

/**
 * The number is proven to be this person's: it becomes the account's number (the WhatsApp wish
 * they gave in settings now applies to it), and any other full account that held it loses it,
 * because the newest proof shows who holds the phone now.
 */
export async function attachProvenNumber(
  trx: Db,
  user: UserRow,
  phone: string,
  now: Date,
): Promise<UserRow> {
  await trx
    .updateTable('users')
    .set({
      phone_number: null,
      phone_number_verified_at: null,
      whatsapp_opt_in: false,
      whatsapp_opt_in_at: null,
      whatsapp_opt_in_source: null,
    })
    .where('phone_number', '=', phone)
    .where('is_guest', '=', false)
    .where('id', '!=', user.id)
    .execute();
  const updated = await trx
    .updateTable('users')
    .set({
      phone_number: phone,
      phone_number_verified_at: now,
      pending_phone_number: null,
      ...(user.whatsapp_opt_in
        ? { whatsapp_opt_in_at: now, whatsapp_opt_in_source: 'settings_verified' }
        : {}),
      updated_at: now,
    })
    .where('id', '=', user.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('whatsapp_contacts')
    .values({ wa_id: phone.slice(1), phone_number: phone, user_id: user.id })
    .onConflict((oc) =>
      oc.column('wa_id').doUpdateSet((eb) => ({
        user_id: eb.fn.coalesce(eb.ref('whatsapp_contacts.user_id'), eb.ref('excluded.user_id')),
      })),
    )
    .execute();
  return updated;
}
