/**
 * What happens when someone writes to the Meedi8 number: their contact is kept up to date (the
 * 24-hour window opens), the message is stored and marked read, and the conversation entry
 * point hands it to the person's chat (see `conversation/`).
 */

import { sql } from 'kysely';
import { enqueueJob } from '../../../jobs/enqueue.js';
import type { Services } from '../../../services.js';
import type { Db } from '../../../storage/database.js';
import { resendRefusedChatMessages } from '../outbound/resend-refused.js';
import { optIn, optOut } from './apply-opt-out.js';
import { changeUserId, phoneOfKey, resolveContact } from './contact-identity.js';
import type { InboundMessage } from './inbound-message.js';
import { handInboundMessage } from './inbound-subscribers.js';
import { markReadJob } from './mark-read-job.js';
import { optOutIntent } from './opt-out-words.js';

/** Handles one inbound message inside `trx`. */
export async function handleInboundMessage(
  trx: Db,
  services: Services,
  inbound: InboundMessage,
): Promise<void> {
  let key = await resolveContact(trx, { waId: inbound.waId, userId: inbound.businessUserId });
  if (!key) {
    services.logger.warn({ wamid: inbound.wamid }, 'inbound message without a sender id; ignored');
    return;
  }
  if (inbound.newUserId) key = await changeUserId(trx, key, inbound.newUserId);
  // From here on the sender is named by their contact's key (their digits, or their user id).
  inbound.waId = key;
  const contact = await trx
    .insertInto('whatsapp_contacts')
    .values({
      wa_id: key,
      phone_number: phoneOfKey(key),
      profile_name: inbound.profileName,
      last_inbound_at: inbound.sentAt,
    })
    .onConflict((oc) =>
      oc.column('wa_id').doUpdateSet((eb) => ({
        profile_name: eb.fn.coalesce(
          eb.ref('excluded.profile_name'),
          eb.ref('whatsapp_contacts.profile_name'),
        ),
        // Out-of-order deliveries must not move the window back.
        last_inbound_at: eb.fn('greatest', [
          eb.ref('whatsapp_contacts.last_inbound_at'),
          eb.ref('excluded.last_inbound_at'),
        ]),
      })),
    )
    .returning(['wa_id', 'opted_out_at'])
    .executeTakeFirstOrThrow();

  const stored = await trx
    .insertInto('whatsapp_inbound_messages')
    .values({
      wamid: inbound.wamid,
      wa_id: key,
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
  await routeConversation(trx, inbound, contact, stored.id);
}

/**
 * The conversation entry point. STOP and START apply at once (a person's no is never queued
 * behind anything); everything else is answered by the person's conversation job.
 */
async function routeConversation(
  trx: Db,
  inbound: InboundMessage,
  contact: { wa_id: string; opted_out_at: Date | null },
  inboundId: string,
): Promise<void> {
  const intent = optOutIntent(inbound.text);
  if (intent === 'stop') return optOut(trx, contact.wa_id, inbound.sentAt);
  // "Resume" is also a START word; for someone who has not opted out it resumes their session.
  if (intent === 'start' && contact.opted_out_at) return optIn(trx, contact.wa_id, inbound.sentAt);
  if (contact.opted_out_at) return;
  // The window is open again: what was refused while it was closed goes first, and the chat
  // knows these words were written before the person had read it.
  if ((await resendRefusedChatMessages(trx, contact.wa_id)) > 0) {
    await trx
      .updateTable('whatsapp_inbound_messages')
      .set({ payload: sql`payload || '{"missedLines": true}'::jsonb` })
      .where('id', '=', inboundId)
      .execute();
  }
  await handInboundMessage(trx, contact.wa_id, inboundId);
}
