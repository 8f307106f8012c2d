/**
 * What happens when someone writes to the Meedi8 number: their contact is kept up to date (the
 * 24-hour window opens), the message is stored and marked read, and the conversation entry
 * point decides the reply. For now that is the welcome to a first-time contact; the mediation
 * conversation in WhatsApp builds on this same entry point.
 */

import { enqueueJob } from '../../../jobs/enqueue.js';
import type { Services } from '../../../services.js';
import type { Db } from '../../../storage/database.js';
import { queueWhatsAppMessage } from '../outbound/queue-message.js';
import { optIn, optOut } from './apply-opt-out.js';
import { continueTarget } from './continue-button.js';
import type { InboundMessage } from './inbound-message.js';
import { markReadJob } from './mark-read-job.js';
import { optOutIntent } from './opt-out-words.js';
import { roomPointerText, welcomeText } from './welcome-text.js';

/** Handles one inbound message inside `trx`. */
export async function handleInboundMessage(
  trx: Db,
  services: Services,
  inbound: InboundMessage,
): Promise<void> {
  if (!inbound.waId) {
    services.logger.warn(
      { wamid: inbound.wamid },
      'inbound message without a phone-based id; kept, not answered',
    );
    return;
  }
  const contact = await trx
    .insertInto('whatsapp_contacts')
    .values({
      wa_id: inbound.waId,
      phone_number: `+${inbound.waId}`,
      profile_name: inbound.profileName,
      business_user_id: inbound.businessUserId,
      last_inbound_at: inbound.sentAt,
    })
    .onConflict((oc) =>
      oc.column('wa_id').doUpdateSet((eb) => ({
        profile_name: eb.fn.coalesce(
          eb.ref('excluded.profile_name'),
          eb.ref('whatsapp_contacts.profile_name'),
        ),
        business_user_id: eb.fn.coalesce(
          eb.ref('excluded.business_user_id'),
          eb.ref('whatsapp_contacts.business_user_id'),
        ),
        // Out-of-order deliveries must not move the window back.
        last_inbound_at: eb.fn('greatest', [
          eb.ref('whatsapp_contacts.last_inbound_at'),
          eb.ref('excluded.last_inbound_at'),
        ]),
      })),
    )
    .returning(['wa_id', 'welcomed_at', 'opted_out_at'])
    .executeTakeFirstOrThrow();

  const stored = await trx
    .insertInto('whatsapp_inbound_messages')
    .values({
      wamid: inbound.wamid,
      wa_id: inbound.waId,
      type: inbound.type,
      text: inbound.text,
      media_id: inbound.mediaId,
      context_wamid: inbound.contextWamid,
      payload: JSON.stringify(inbound),
      sent_at: inbound.sentAt,
    })
    .onConflict((oc) => oc.column('wamid').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!stored) return;

  if (inbound.kind !== 'reaction' && inbound.kind !== 'system') {
    await enqueueJob(trx, markReadJob, { wamid: inbound.wamid });
  }
  await routeConversation(trx, services, inbound, contact);
}

/** The conversation entry point: decides Meedi8's reply to a message. */
async function routeConversation(
  trx: Db,
  services: Services,
  inbound: InboundMessage,
  contact: { wa_id: string; welcomed_at: Date | null; opted_out_at: Date | null },
): Promise<void> {
  const intent = optOutIntent(inbound.text);
  if (intent === 'stop') return optOut(trx, contact.wa_id, inbound.sentAt);
  if (intent === 'start') return optIn(trx, contact.wa_id, inbound.sentAt);
  const tapped = contact.opted_out_at
    ? undefined
    : await continueTarget(trx, contact.wa_id, inbound.choiceId);
  if (tapped) {
    const body = roomPointerText(
      inbound.profileName,
      tapped.title,
      `${services.config.publicUrl}/rooms/${tapped.id}`,
    );
    await queueWhatsAppMessage(trx, {
      waId: contact.wa_id,
      message: { kind: 'text', body },
      reason: 'continue',
      roomId: tapped.id,
    });
    return;
  }
  if (contact.opted_out_at || contact.welcomed_at) return;
  // Someone already in a mediation (say, invited here) is pointed back to it, not welcomed as new.
  const room = await activeRoomOf(trx, contact.wa_id);
  const body = room
    ? roomPointerText(
        inbound.profileName,
        room.title,
        `${services.config.publicUrl}/rooms/${room.id}`,
      )
    : welcomeText(inbound.profileName, services.config.publicUrl);
  await queueWhatsAppMessage(trx, {
    waId: contact.wa_id,
    message: { kind: 'text', body },
    reason: 'welcome',
    roomId: room?.id ?? null,
  });
  await trx
    .updateTable('whatsapp_contacts')
    .set({ welcomed_at: new Date() })
    .where('wa_id', '=', contact.wa_id)
    .execute();
}

/** The most recently active unresolved mediation of the person with this number, if any. */
async function activeRoomOf(
  trx: Db,
  waId: string,
): Promise<{ id: string; title: string } | undefined> {
  return trx
    .selectFrom('rooms')
    .innerJoin('participants', 'participants.room_id', 'rooms.id')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['rooms.id', 'rooms.title'])
    .where('users.phone_number', '=', `+${waId}`)
    .where('rooms.phase', '!=', 'resolved')
    .orderBy('rooms.last_activity_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
