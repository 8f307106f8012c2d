/**
 * One-time sign-in links, sent in a person's own WhatsApp chat, that open their mediation in a
 * browser: someone who started or joined in WhatsApp has no password and no browser session.
 * A link works once, for 15 minutes; what it gives is the same token joining would have given
 * (room-scoped for a guest).
 */
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import {
  ACCOUNT_TOKEN_TTL_MS,
  GUEST_TOKEN_TTL_MS,
  hashSecret,
  issueToken,
  newSecret,
} from './tokens.js';

export const SIGN_IN_LINK_TTL_MS = 15 * 60 * 1000;

/** A new link's secret, for the person and (optionally) the mediation it opens. */
export async function createSignInLink(
  db: Db,
  userId: string,
  roomId: string | null,
): Promise<string> {
  const secret = newSecret();
  await db
    .insertInto('sign_in_links')
    .values({
      token_hash: hashSecret(secret),
      user_id: userId,
      room_id: roomId,
      expires_at: new Date(Date.now() + SIGN_IN_LINK_TTL_MS),
    })
    .execute();
  return secret;
}

/** Uses a link once: a session token for its person, and the room to open. */
export async function redeemSignInLink(
  db: Db,
  secret: string,
): Promise<{ token: string; ttlMs: number; roomId: string | null }> {
  if (secret.length < 20 || secret.length > 200) throw errors.signInLinkUnusable();
  return db.transaction().execute(async (trx) => {
    const link = await trx
      .updateTable('sign_in_links')
      .set({ used_at: new Date() })
      .where('token_hash', '=', hashSecret(secret))
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .returning(['user_id', 'room_id'])
      .executeTakeFirst();
    if (!link) throw errors.signInLinkUnusable();
    const user = await trx
      .selectFrom('users')
      .select('is_guest')
      .where('id', '=', link.user_id)
      .executeTakeFirstOrThrow();
    const ttlMs = user.is_guest ? GUEST_TOKEN_TTL_MS : ACCOUNT_TOKEN_TTL_MS;
    const token = await issueToken(trx, link.user_id, {
      kind: 'session',
      // A guest's session reaches only the mediation the link is for, as after joining.
      roomScope: user.is_guest ? link.room_id : null,
      ttlMs,
    });
    return { token, ttlMs, roomId: link.room_id };
  });
}
