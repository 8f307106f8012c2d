import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import {
  createInvite,
  type InviteView,
  inviteUrl,
  replaceOpenInvites,
  toInviteView,
} from './invites.js';
import { isUuid, loadRoomFor } from './room-access.js';
import { recordRoomEvents } from './room-events.js';

/**
 * Makes a fresh join link for a waiting room: the earlier unused link stops working (it was shown
 * once); invites sent by WhatsApp or email stay live until one of them is used.
 */
export async function renewInviteLink(
  services: Services,
  actor: Actor,
  roomId: string,
  recipientName: string | undefined,
  recipientLocale?: string,
): Promise<{ invite: InviteView; inviteUrl: string }> {
  return services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (participants.length >= 2) throw errors.roomFull();
    await replaceOpenInvites(trx, room.id, 'link');
    const { invite, token } = await createInvite(trx, {
      roomId: room.id,
      createdBy: actor.userId,
      recipientName: recipientName?.trim() || null,
      recipientLocale: recipientLocale ?? null,
    });
    const view = toInviteView(invite);
    await recordRoomEvents(trx, [
      { roomId: room.id, type: 'invite', data: { invite_id: invite.id, status: view.status } },
    ]);
    return { invite: view, inviteUrl: inviteUrl(services.config.publicUrl, token) };
  });
}

/** Cancels one unused invite of the room. */
export async function revokeInvite(
  services: Services,
  actor: Actor,
  roomId: string,
  inviteId: string,
): Promise<InviteView> {
  return services.db.transaction().execute(async (trx) => {
    await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (!isUuid(inviteId)) throw errors.inviteNotFound();
    const invite = await trx
      .selectFrom('invites')
      .selectAll()
      .where('room_id', '=', roomId)
      .where('id', '=', inviteId)
      .forUpdate()
      .executeTakeFirst();
    if (!invite) throw errors.inviteNotFound();
    if (invite.used_at) throw errors.inviteUsed();
    const revoked = await trx
      .updateTable('invites')
      .set({
        revoked_at: invite.revoked_at ?? new Date(),
        revoked_by_user_id: invite.revoked_at ? invite.revoked_by_user_id : actor.userId,
      })
      .where('id', '=', invite.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordRoomEvents(trx, [
      { roomId, type: 'invite', data: { invite_id: invite.id, status: 'revoked' } },
    ]);
    return toInviteView(revoked);
  });
}
