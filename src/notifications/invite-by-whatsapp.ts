/**
 * Inviting the other person by WhatsApp: the approved `mediation_invite` template, sent through
 * the outbound pipeline in the same transaction as the invite. It is the one message Meedi8
 * sends on another person's word, and it says how to stop.
 */

import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { inviteeLocale } from '../channels/whatsapp/templates/recipient-locale.js';
import { renderAccountTemplate } from '../channels/whatsapp/templates/render-account-template.js';
import type { Actor } from '../domain/accounts/tokens.js';
import { createInvite, replaceOpenInvites } from '../domain/mediation/invites.js';
import { loadRoomFor } from '../domain/mediation/room-access.js';
import { recordRoomEvents } from '../domain/mediation/room-events.js';
import { countryOfNumber, parseMobileNumber } from '../domain/phone-number.js';
import { errors } from '../errors.js';
import type { Services } from '../services.js';
import type { InviteRow } from '../storage/schema.js';
import { checkWhatsAppInviteShare } from './invite-daily-share.js';
import { checkInviteLimits } from './invite-limits.js';

export interface WhatsAppInviteQueued {
  invite: InviteRow;
  /** The stored outbound message carrying the template. */
  messageId: string;
  phoneNumber: string;
}

/** Creates the invite and queues its WhatsApp message; the send itself is the pipeline's. */
export async function inviteByWhatsApp(
  services: Services,
  actor: Actor,
  roomId: string,
  input: { phoneNumber: string; recipientName?: string; recipientLocale?: string },
): Promise<WhatsAppInviteQueued> {
  const phone = parseMobileNumber(input.phoneNumber, services.config.defaultCountry);
  if (!phone) {
    throw errors.invalidInput(
      'phone_number is not a valid mobile number. Write it with the country code, e.g. +44 7700 900123.',
    );
  }
  const waId = phone.slice(1);
  return services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (participants.length >= 2) throw errors.roomFull();
    const contact = await trx
      .selectFrom('whatsapp_contacts')
      .select('opted_out_at')
      .where('wa_id', '=', waId)
      .executeTakeFirst();
    if (contact?.opted_out_at) {
      throw errors.recipientOptedOut();
    }
    await checkInviteLimits(trx, actor.userId, room.id);
    await checkWhatsAppInviteShare(
      trx,
      actor.userId,
      services.config.whatsapp.dailyConversationLimit,
    );
    const inviter = participants.find((p) => p.user_id === actor.userId)!;

    await replaceOpenInvites(trx, room.id, 'whatsapp');
    const { invite, token } = await createInvite(trx, {
      roomId: room.id,
      createdBy: actor.userId,
      recipientName: input.recipientName?.trim() || null,
      channel: 'whatsapp',
      recipientLocale: input.recipientLocale ?? null,
    });
    // In the language the other person reads, when Meta approved the invite in it.
    const locale = await inviteeLocale(trx, {
      phoneNumber: phone,
      recipientLocale: input.recipientLocale ?? null,
      inviterUserId: actor.userId,
    });
    const rendered = await renderAccountTemplate(
      trx,
      'mediation_invite',
      {
        recipientName: input.recipientName?.trim() || '',
        inviterName: inviter.name,
        inviteToken: token,
        topic: room.title,
      },
      services.config.publicUrl,
      locale,
    );
    if (!rendered.ok) {
      // The account's invite template cannot be filled: nothing is sent or kept; the operator
      // sees the fix in the doctor and the console.
      services.logger.warn(
        { roomId: room.id, purpose: 'mediation_invite' },
        'WhatsApp invite template cannot be filled; invite not sent',
      );
      throw errors.whatsappInviteUnavailable();
    }
    const [messageId] = await queueWhatsAppMessage(trx, {
      waId,
      message: rendered.message,
      reason: 'invite',
      roomId: room.id,
    });
    const updated = await trx
      .updateTable('invites')
      .set({ recipient_phone: phone, whatsapp_message_id: messageId! })
      .where('id', '=', invite.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('whatsapp_contacts')
      .values({ wa_id: waId, phone_number: phone })
      .onConflict((oc) => oc.column('wa_id').doNothing())
      .execute();
    await recordRoomEvents(trx, [
      {
        roomId: room.id,
        type: 'invite',
        data: { invite_id: invite.id, channel: 'whatsapp', status: 'queued' },
      },
    ]);
    services.logger.info(
      { roomId: room.id, inviteId: invite.id, country: countryOfNumber(phone) },
      'WhatsApp invite queued',
    );
    return { invite: updated, messageId: messageId!, phoneNumber: phone };
  });
}
