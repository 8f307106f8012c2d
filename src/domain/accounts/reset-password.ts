/**
 * Choosing a new password with a reset link. In one transaction the link is used up, the
 * password replaced, and every way into the account that existed before ends: its sessions and
 * tokens, its other reset links and its unused sign-in links. Whoever had the old password, or
 * a session made with it, is out; the person holding the link gets a fresh session.
 */
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { UserRow } from '../../storage/schema.js';
import { hashPassword } from './passwords.js';
import { hashSecret, issueToken } from './tokens.js';

/**
 * Sets the password of the link's account and signs them in. An unknown, used or expired link
 * is one error (410); the update that uses the link is its only check, so two requests with
 * the same link cannot both succeed.
 */
export async function resetPassword(
  db: Db,
  secret: string,
  password: string,
): Promise<{ user: UserRow; token: string }> {
  if (secret.length < 20 || secret.length > 200) throw errors.passwordResetLinkUnusable();
  // A cheap look first, so a guessed link costs no password hashing; then the hash, outside the
  // transaction so no row stays locked through scrypt's work; then the update decides.
  const live = await db
    .selectFrom('password_resets')
    .select('id')
    .where('token_hash', '=', hashSecret(secret))
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  if (!live) throw errors.passwordResetLinkUnusable();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const link = await trx
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('token_hash', '=', hashSecret(secret))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    if (!link) throw errors.passwordResetLinkUnusable();
    const user = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now })
      .where('id', '=', link.user_id)
      .where('is_guest', '=', false)
      .returningAll()
      .executeTakeFirst();
    if (!user) throw errors.passwordResetLinkUnusable();
    await trx
      .updateTable('auth_tokens')
      .set({ revoked_at: now })
      .where('user_id', '=', user.id)
      .where('revoked_at', 'is', null)
      .execute();
    await trx
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .updateTable('sign_in_links')
      .set({ used_at: now })
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    const token = await issueToken(trx, user.id);
    return { user, token };
  });
}
