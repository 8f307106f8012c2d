/** A new one-time code for the number waiting on an account, within the limits. */
import { sql } from 'kysely';
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import {
  hashPhoneCode,
  newPhoneCode,
  PHONE_CODE_RESEND_MS,
  PHONE_CODE_TTL_MS,
  PHONE_CODES_PER_DAY,
} from './phone-codes.js';

export interface IssuedPhoneCode {
  phoneNumber: string;
  code: string;
  expiresAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Replaces any earlier code for the account (inside `trx`, which it locks on the account row so
 * two requests cannot both pass the limits). The code itself is returned once, never stored.
 */
export async function issuePhoneCode(
  trx: Db,
  userId: string,
  now = new Date(),
): Promise<IssuedPhoneCode> {
  const user = await trx
    .selectFrom('users')
    .select(['pending_phone_number'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const phone = user.pending_phone_number;
  if (!phone) throw errors.noPhoneToVerify();
  const contact = await trx
    .selectFrom('whatsapp_contacts')
    .select('opted_out_at')
    .where('wa_id', '=', phone.slice(1))
    .executeTakeFirst();
  if (contact?.opted_out_at) throw errors.phoneNumberOptedOut();

  const dayAgo = new Date(now.getTime() - DAY_MS);
  const mine = await trx
    .selectFrom('phone_code_sends')
    .select([sql<number>`count(*)::int`.as('count'), sql<Date | null>`max(sent_at)`.as('last')])
    .where('user_id', '=', userId)
    .where('sent_at', '>', dayAgo)
    .executeTakeFirstOrThrow();
  if (mine.last && now.getTime() - mine.last.getTime() < PHONE_CODE_RESEND_MS) {
    const wait = Math.ceil((PHONE_CODE_RESEND_MS - (now.getTime() - mine.last.getTime())) / 1000);
    throw errors.phoneCodeTooSoon(wait);
  }
  const toNumber = await trx
    .selectFrom('phone_code_sends')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('phone_number', '=', phone)
    .where('sent_at', '>', dayAgo)
    .executeTakeFirstOrThrow();
  if (mine.count >= PHONE_CODES_PER_DAY || toNumber.count >= PHONE_CODES_PER_DAY) {
    throw errors.phoneCodeLimit();
  }

  const code = newPhoneCode();
  const { salt, hash } = hashPhoneCode(code);
  const expiresAt = new Date(now.getTime() + PHONE_CODE_TTL_MS);
  await trx
    .insertInto('phone_verifications')
    .values({
      user_id: userId,
      phone_number: phone,
      code_salt: salt,
      code_hash: hash,
      expires_at: expiresAt,
    })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        phone_number: phone,
        code_salt: salt,
        code_hash: hash,
        expires_at: expiresAt,
        failed_attempts: 0,
      }),
    )
    .execute();
  await trx
    .insertInto('phone_code_sends')
    .values({ user_id: userId, phone_number: phone, sent_at: now })
    .execute();
  return { phoneNumber: phone, code, expiresAt };
}
