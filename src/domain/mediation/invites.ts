/**
 * Invite links: 256 random bits bound to one room, stored only as a hash, valid for 7 days,
 * single use, revocable. The secret is shown once, when the link is made.
 *
 * The other person's seat can have several live invites at once, one per channel (a copied
 * link, a WhatsApp message, an email): a new invite replaces only the earlier one of its own
 * channel, and joining by any of them closes the rest (`closeOpenInvites`).
 */
import type { Static } from '@sinclair/typebox';
import type { Invite } from '../../http/schemas/invites.js';
import type { Db } from '../../storage/database.js';
import type { InviteRow } from '../../storage/schema.js';
import { hashSecret, newSecret } from '../accounts/tokens.js';

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InviteStatus = 'pending' | 'used' | 'expired' | 'revoked';

/** The API's `Invite` (src/http/schemas/invites.ts). */
export type InviteView = Static<typeof Invite>;

/** Creates a link invite for a room and returns it with its one-time secret. */
export async function createInvite(
  trx: Db,
  input: {
    roomId: string;
    createdBy: string;
    recipientName?: string | null;
    channel?: string;
    /** The language the inviter says the other person reads (a BCP 47 tag). */
    recipientLocale?: string | null;
  },
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
      recipient_locale: input.recipientLocale ?? null,
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

/** Shapes an invite for the API (never the token or its hash); `deliveryStatus` is its message's. */
export function toInviteView(invite: InviteRow, deliveryStatus: string | null = null): InviteView {
  return {
    id: invite.id,
    channel: invite.channel,
    recipient_name: invite.recipient_name,
    status: inviteStatus(invite),
    progress: invite.used_at
      ? 'joined'
      : invite.opened_at
        ? 'opened'
        : (deliveryStatus ?? 'created'),
    created_at: invite.created_at.toISOString(),
    expires_at: invite.expires_at.toISOString(),
    opened_at: invite.opened_at?.toISOString() ?? null,
    joined_at: invite.used_at?.toISOString() ?? null,
  };
}

/** The delivery status of the message that carried the invite, if it went by a channel. */
export async function inviteDeliveryStatus(db: Db, invite: InviteRow): Promise<string | null> {
  if (invite.whatsapp_message_id) {
    const message = await db
      .selectFrom('whatsapp_messages')
      .select('status')
      .where('id', '=', invite.whatsapp_message_id)
      .executeTakeFirst();
    return message?.status === 'accepted' ? 'sent' : (message?.status ?? null);
  }
  if (invite.email_id) {
    const email = await db
      .selectFrom('emails')
      .select('status')
      .where('id', '=', invite.email_id)
      .executeTakeFirst();
    return email?.status ?? null;
  }
  return null;
}

/**
 * A new invite on `channel` replaces the earlier unused one on the same channel (a link shown
 * once, a message to a mistyped number); the invites on other channels stay live.
 */
export async function replaceOpenInvites(trx: Db, roomId: string, channel: string): Promise<void> {
  await trx
    .updateTable('invites')
    .set({ revoked_at: new Date(), revoked_by_user_id: null })
    .where('room_id', '=', roomId)
    .where('channel', '=', channel)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/**
 * Closes every unused invite of the room: after one of them was used (`byUserId` null, so
 * their pages say so neutrally), or because a person ended them (e.g. leaving the mediation).
 */
export async function closeOpenInvites(
  trx: Db,
  roomId: string,
  byUserId: string | null,
): Promise<string[]> {
  const closed = await trx
    .updateTable('invites')
    .set({ revoked_at: new Date(), revoked_by_user_id: byUserId })
    .where('room_id', '=', roomId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return closed.map((row) => row.id);
}
