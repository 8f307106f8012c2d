/**
 * Invite links: 256 random bits bound to one room, stored only as a hash, valid for 7 days,
 * single use, revocable. The secret is shown once, when the link is made.
 */
import type { Db } from '../../storage/database.js';
import type { InviteRow } from '../../storage/schema.js';
import { hashSecret, newSecret } from '../accounts/tokens.js';

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InviteStatus = 'pending' | 'used' | 'expired' | 'revoked';

export interface InviteView {
  id: string;
  channel: string;
  recipient_name: string | null;
  status: InviteStatus;
  created_at: string;
  expires_at: string;
}

/** Creates a link invite for a room and returns it with its one-time secret. */
export async function createInvite(
  trx: Db,
  input: { roomId: string; createdBy: string; recipientName?: string | null; channel?: string },
): Promise<{ invite: InviteRow; token: string }> {
  const token = newSecret();
  const invite = await trx
    .insertInto('invites')
    .values({
      room_id: input.roomId,
      token_hash: hashSecret(token),
      created_by: input.createdBy,
      channel: input.channel ?? 'link',
      recipient_name: input.recipientName ?? null,
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { invite, token };
}

/** The join link a person opens. */
export function inviteUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/join/${token}`;
}

/** Where an invite stands now. */
export function inviteStatus(invite: InviteRow, now = new Date()): InviteStatus {
  if (invite.used_at) return 'used';
  if (invite.revoked_at) return 'revoked';
  if (invite.expires_at.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** Shapes an invite for the API (never the token or its hash). */
export function toInviteView(invite: InviteRow): InviteView {
  return {
    id: invite.id,
    channel: invite.channel,
    recipient_name: invite.recipient_name,
    status: inviteStatus(invite),
    created_at: invite.created_at.toISOString(),
    expires_at: invite.expires_at.toISOString(),
  };
}

/** Revokes the room's pending invites (before a fresh link replaces them). */
export async function revokePendingInvites(trx: Db, roomId: string): Promise<void> {
  await trx
    .updateTable('invites')
    .set({ revoked_at: new Date() })
    .where('room_id', '=', roomId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}
