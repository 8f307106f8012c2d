/**
 * Password reset links: 256 random bits handed to the person once (in an email or a WhatsApp
 * message), stored only as a SHA-256 hash. A link works once, for 30 minutes, and an account is
 * sent only a few in an hour however the requests are spread over addresses and processes.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { hashSecret, newSecret } from './tokens.js';

export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;
/** Links one account is sent in a moving hour; further requests are answered the same, silently. */
export const PASSWORD_RESETS_PER_ACCOUNT_HOUR = 3;
/** The reason stored with the email or WhatsApp message that carries a link. */
export const PASSWORD_RESET_REASON = 'password_reset';
/** Where a link's page is: the secret goes in the fragment, which browsers never send on. */
export const PASSWORD_RESET_PATH = '/reset-password#token=';

const HOUR_MS = 60 * 60 * 1000;

/** Where a reset link goes. */
export type PasswordResetChannel = 'email' | 'whatsapp';

/**
 * A new link's secret for the account, or null when the account had its links for this hour.
 * Runs inside `trx`, locking the account row so two requests cannot both pass the limit.
 */
export async function createPasswordReset(
  trx: Db,
  userId: string,
  channel: PasswordResetChannel,
  now = new Date(),
): Promise<string | null> {
  await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
  const recent = await trx
    .selectFrom('password_resets')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('user_id', '=', userId)
    .where('created_at', '>', new Date(now.getTime() - HOUR_MS))
    .executeTakeFirstOrThrow();
  if (recent.count >= PASSWORD_RESETS_PER_ACCOUNT_HOUR) return null;
  const secret = newSecret();
  await trx
    .insertInto('password_resets')
    .values({
      user_id: userId,
      token_hash: hashSecret(secret),
      channel,
      expires_at: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
      created_at: now,
    })
    .execute();
  return secret;
}

/** The page a link opens, on the public base URL. */
export function passwordResetUrl(publicUrl: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${PASSWORD_RESET_PATH}${secret}`;
}
