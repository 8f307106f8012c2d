/**
 * The business number may open only so many conversations a day (its messaging tier), shared by
 * everyone. Invites are the one message sent on a person's word, so no one may spend that
 * allowance for all: each person's WhatsApp invites, and all new accounts' together, get a share.
 */
import { sql } from 'kysely';
import { errors } from '../errors.js';
import { LOCKS } from '../storage/advisory-lock.js';
import type { Db } from '../storage/database.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An account this young is new: nothing about it is known yet. */
export const NEW_ACCOUNT_AGE_MS = 7 * DAY_MS;
/** Share of the daily conversation limit all new accounts' WhatsApp invites may use together. */
export const NEW_ACCOUNTS_DAILY_SHARE = 0.1;
/** Share of the daily conversation limit one person's WhatsApp invites may use. */
export const PER_PERSON_DAILY_SHARE = 0.05;
/** Invites a day anyone may send, however small the limit. */
const MIN_DAILY_INVITES = 3;

/** Invites a share of `dailyLimit` allows (at least a few, so small tiers still work). */
export function shareOf(dailyLimit: number, share: number): number {
  return Math.max(MIN_DAILY_INVITES, Math.floor(dailyLimit * share));
}

/**
 * Throws a 429 when `userId`'s WhatsApp invites, or (for a new account) all new accounts'
 * invites, have used their share of the last 24 hours. Call inside the invite's transaction:
 * the lock makes concurrent invites count one after another.
 */
export async function checkWhatsAppInviteShare(
  trx: Db,
  userId: string,
  dailyLimit: number,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${LOCKS.newAccountInvites}, 0)`.execute(trx);
  const now = Date.now();
  const dayAgo = new Date(now - DAY_MS);
  const newSince = new Date(now - NEW_ACCOUNT_AGE_MS);
  const inviter = await trx
    .selectFrom('users')
    .select('created_at')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const counts = await trx
    .selectFrom('invites')
    .innerJoin('users', 'users.id', 'invites.created_by')
    .select((eb) => [
      eb.fn.count<number>('invites.id').filterWhere('invites.created_by', '=', userId).as('mine'),
      eb.fn
        .count<number>('invites.id')
        .filterWhere('users.created_at', '>', newSince)
        .as('newcomers'),
    ])
    .where('invites.channel', '=', 'whatsapp')
    .where('invites.created_at', '>', dayAgo)
    .executeTakeFirstOrThrow();
  if (Number(counts.mine) >= shareOf(dailyLimit, PER_PERSON_DAILY_SHARE)) {
    throw errors.whatsappInvitesPersonShareUsed();
  }
  const isNew = inviter.created_at.getTime() > newSince.getTime();
  if (isNew && Number(counts.newcomers) >= shareOf(dailyLimit, NEW_ACCOUNTS_DAILY_SHARE)) {
    throw errors.whatsappInvitesNewcomerShareUsed();
  }
}
