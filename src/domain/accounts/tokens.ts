/**
 * Opaque bearer tokens: 256 random bits given to the client once, stored only as a SHA-256 hash,
 * revocable. The same kind of token backs the web session cookie.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../storage/database.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const ACCOUNT_TOKEN_TTL_MS = 30 * DAY_MS;
export const GUEST_TOKEN_TTL_MS = 180 * DAY_MS;

/** Who is making a request, as resolved from their token. */
export interface Actor {
  userId: string;
  tokenId: string;
  isGuest: boolean;
  /** A guest's token reaches only this room. */
  roomScope: string | null;
}

/** A new random secret (for tokens and invite links), URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Issues a token for a user; returns the secret, which is never stored. */
export async function issueToken(
  db: Db,
  userId: string,
  options: { kind?: 'bearer' | 'session'; roomScope?: string | null; ttlMs?: number } = {},
): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('auth_tokens')
    .values({
      user_id: userId,
      token_hash: hashSecret(token),
      kind: options.kind ?? 'bearer',
      room_id: options.roomScope ?? null,
      expires_at: new Date(Date.now() + (options.ttlMs ?? ACCOUNT_TOKEN_TTL_MS)),
    })
    .execute();
  return token;
}

/** Resolves a presented token to its actor, or null when unknown, expired or revoked. */
export async function resolveToken(db: Db, token: string): Promise<Actor | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = await db
    .selectFrom('auth_tokens')
    .innerJoin('users', 'users.id', 'auth_tokens.user_id')
    .select([
      'auth_tokens.id',
      'auth_tokens.user_id',
      'auth_tokens.room_id',
      'auth_tokens.expires_at',
      'auth_tokens.revoked_at',
      'auth_tokens.last_used_at',
      'users.is_guest',
    ])
    .where('auth_tokens.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at.getTime() <= Date.now()) return null;
  // Recording use at most every few minutes keeps reads from turning into writes.
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 5 * 60 * 1000) {
    await db
      .updateTable('auth_tokens')
      .set({ last_used_at: new Date() })
      .where('id', '=', row.id)
      .execute();
  }
  return { userId: row.user_id, tokenId: row.id, isGuest: row.is_guest, roomScope: row.room_id };
}

/** Revokes one token (logout). */
export async function revokeToken(db: Db, tokenId: string): Promise<void> {
  await db
    .updateTable('auth_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** True while the token `tokenId` is neither revoked, expired, nor gone with its account. */
export async function isTokenActive(db: Db, tokenId: string): Promise<boolean> {
  const row = await db
    .selectFrom('auth_tokens')
    .select(['revoked_at', 'expires_at'])
    .where('id', '=', tokenId)
    .executeTakeFirst();
  return !!row && !row.revoked_at && row.expires_at.getTime() > Date.now();
}
