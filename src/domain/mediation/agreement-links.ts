/**
 * Agreement links: the "Your agreement" link at the end of a WhatsApp mediation opens that
 * person's resolution without an account. The link carries the room, the person and an expiry,
 * signed with HMAC-SHA256 under the server's link key (config `linkSigningSecret`): nothing is
 * stored, a changed byte or another person's room fails the signature, and it stops working
 * after `AGREEMENT_LINK_TTL_MS`. It shows only what that person may see in the web room.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { Actor } from '../accounts/tokens.js';

export const AGREEMENT_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** What the link's path segment looks like: 36 bytes of claims, 16 of signature (base64url). */
export const AGREEMENT_LINK_PATTERN = '^[A-Za-z0-9_-]{48}\\.[A-Za-z0-9_-]{22}$';

interface Claims {
  roomId: string;
  userId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** HMAC-SHA256 cut to 128 bits, which keeps the link short enough for the router and a chat. */
function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret)
    .update(`agreement:${payload}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

const uuidBytes = (uuid: string) => Buffer.from(uuid.replaceAll('-', ''), 'hex');
const uuidOf = (bytes: Buffer) =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/** A signed link to `userId`'s agreement in `roomId`. */
export function agreementLinkUrl(
  config: { publicUrl: string; linkSigningSecret: string },
  roomId: string,
  userId: string,
  now = Date.now(),
): string {
  const expiresAt = Math.floor((now + AGREEMENT_LINK_TTL_MS) / 1000);
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(expiresAt);
  const payload = Buffer.concat([uuidBytes(roomId), uuidBytes(userId), expiry]).toString(
    'base64url',
  );
  return `${config.publicUrl}/agreement/${payload}.${sign(config.linkSigningSecret, payload)}`;
}

/** The room and person a link is for; refuses a forged, altered or expired one. */
export function verifyAgreementLink(secret: string, token: string, now = Date.now()): Claims {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) throw errors.agreementLinkUnusable();
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw errors.agreementLinkUnusable();
  }
  const claims = Buffer.from(payload, 'base64url');
  if (claims.length !== 36) throw errors.agreementLinkUnusable();
  const roomId = uuidOf(claims.subarray(0, 16));
  const userId = uuidOf(claims.subarray(16, 32));
  const expiresAt = claims.readUInt32BE(32);
  if (expiresAt * 1000 <= now) throw errors.agreementLinkExpired();
  return { roomId, userId, expiresAt };
}

/**
 * The person a valid link speaks for, as an actor reaching only that room; refused when that
 * person no longer exists (their account was deleted).
 */
export async function agreementLinkActor(db: Db, claims: Claims): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'is_guest'])
    .where('id', '=', claims.userId)
    .executeTakeFirst();
  if (!user) throw errors.agreementLinkUnusable();
  return {
    userId: user.id,
    tokenId: 'agreement-link',
    isGuest: user.is_guest,
    roomScope: claims.roomId,
  };
}
