/** Inviting the other person by email: the invite email, queued with the invite. */

import { normalizeEmailAddress } from '../channels/email/email-address.js';
import { emailDeliveryOf } from '../channels/email/email-transport.js';
import { inviteEmail } from '../channels/email/invite-email.js';
import { queueEmail } from '../channels/email/queue-email.js';
import type { Actor } from '../domain/accounts/tokens.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import { createInvite, inviteUrl, replaceOpenInvites } from '../domain/mediation/invites.js';
import { loadRoomFor } from '../domain/mediation/room-access.js';
import { recordRoomEvents } from '../domain/mediation/room-events.js';
import { errors } from '../errors.js';
import { matchLocale } from '../i18n/match-locale.js';
import type { Services } from '../services.js';
import type { InviteRow } from '../storage/schema.js';
import { checkInviteLimits } from './invite-limits.js';

/** Creates the invite and queues its email in one transaction. */
export async function inviteByEmail(
  services: Services,
  actor: Actor,
  roomId: string,
  input: { email: string; recipientName?: string; recipientLocale?: string },
): Promise<InviteRow> {
  // Refused up front: a person must not believe an invite went out when email is switched off.
  if (emailDeliveryOf(services.config) === 'disabled') throw errors.emailDisabled();
  const address = normalizeEmailAddress(input.email);
  if (!address) throw errors.invalidInput('email is not a valid email address.');
  return services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (participants.length >= 2) throw errors.roomFull();
    await checkInviteLimits(trx, actor.userId, room.id);
    const inviter = participants.find((p) => p.user_id === actor.userId)!;
    await replaceOpenInvites(trx, room.id, 'email');
    const recipientName = input.recipientName?.trim() || null;
    const { invite, token } = await createInvite(trx, {
      roomId: room.id,
      createdBy: actor.userId,
      recipientName,
      channel: 'email',
      recipientLocale: input.recipientLocale ?? null,
    });
    const content = inviteEmail({
      recipientName,
      inviterName: inviter.name,
      roomTitle: room.title,
      joinUrl: inviteUrl(services.config.publicUrl, token),
      publicUrl: services.config.publicUrl,
      locale: input.recipientLocale
        ? matchLocale(input.recipientLocale)
        : await localeOfUser(trx, actor.userId),
    });
    const emailId = await queueEmail(trx, {
      to: address,
      ...content,
      reason: 'invite',
      roomId: room.id,
    });
    const updated = await trx
      .updateTable('invites')
      .set({ recipient_email: address, email_id: emailId })
      .where('id', '=', invite.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordRoomEvents(trx, [
      {
        roomId: room.id,
        type: 'invite',
        data: { invite_id: invite.id, channel: 'email', status: 'queued' },
      },
    ]);
    return updated;
  });
}
