/**
 * A status webhook applied to the stored outbound message. Statuses only move forward
 * (accepted < sent < delivered < read); they arrive out of order, so a late `delivered` never
 * undoes `read`, and `read` implies delivered. `failed` carries Meta's error.
 */

import { recordRoomEvents } from '../../../domain/mediation/room-events.js';
import type { Db } from '../../../storage/database.js';
import type { WhatsAppMessageStatus } from '../../../storage/schema.js';
import { classifyGraphError } from '../graph/classify-error.js';
import { phoneOfKey } from '../inbound/contact-identity.js';
import { messageIdOfCallback } from './status-callback.js';

const RANK: Record<WhatsAppMessageStatus, number> = {
  queued: 0,
  held: 0,
  sending: 0,
  unconfirmed: 0,
  accepted: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
};

export interface StatusPayload {
  id: string;
  status: string;
  timestamp?: string;
  recipient_id?: string;
  /** The recipient's business-scoped user id (Meta 2026); alone for username users. */
  recipient_user_id?: string;
  /** What Meedi8 sent along (status-callback.ts). */
  biz_opaque_callback_data?: string;
  errors?: { code?: number; title?: string; message?: string; error_data?: { details?: string } }[];
  pricing?: { billable?: boolean; category?: string; type?: string };
}

export type StatusOutcome = 'applied' | 'unknown_message' | 'ignored';

/** Applies one status inside `trx`; `unknown_message` when no stored message has that wamid yet. */
export async function applyStatus(trx: Db, status: StatusPayload): Promise<StatusOutcome> {
  const message =
    (await trx
      .selectFrom('whatsapp_messages')
      .select(['id', 'status', 'wa_id', 'reason', 'room_id'])
      .where('wamid', '=', status.id)
      .forUpdate()
      .executeTakeFirst()) ?? (await adoptByCallback(trx, status));
  if (!message) return 'unknown_message';
  const at = status.timestamp ? new Date(Number(status.timestamp) * 1000) : new Date();
  const pricing = status.pricing
    ? {
        pricing_category: status.pricing.category ?? null,
        pricing_type: status.pricing.type ?? null,
        billable: status.pricing.billable ?? null,
      }
    : {};
  const current = RANK[message.status];

  switch (status.status) {
    case 'sent':
    case 'delivered':
    case 'read': {
      const target = status.status as 'sent' | 'delivered' | 'read';
      const stamps = {
        sent: { sent_at: at },
        delivered: { sent_at: at, delivered_at: at },
        read: { sent_at: at, delivered_at: at, read_at: at },
      }[target];
      // Keep the earliest time seen for each step; only move the status forward.
      await trx
        .updateTable('whatsapp_messages')
        .set((eb) => ({
          ...Object.fromEntries(
            Object.entries(stamps).map(([column, value]) => [
              column,
              eb.fn.coalesce(eb.ref(column as 'sent_at'), eb.val(value)),
            ]),
          ),
          ...(current < RANK[target] && message.status !== 'failed' ? { status: target } : {}),
          ...pricing,
        }))
        .where('id', '=', message.id)
        .execute();
      if (current < RANK[target]) await announceInviteProgress(trx, message, target);
      return 'applied';
    }
    case 'failed': {
      if (message.status === 'delivered' || message.status === 'read') return 'ignored';
      const error = status.errors?.[0];
      const code = error?.code ?? 0;
      const failureClass = classifyGraphError(code);
      await trx
        .updateTable('whatsapp_messages')
        .set({
          status: 'failed',
          failed_at: at,
          error_code: code,
          error_title: error?.title ?? error?.message ?? null,
          error_details: error?.error_data?.details ?? null,
          failure_class: failureClass,
        })
        .where('id', '=', message.id)
        .execute();
      if (failureClass === 'undeliverable') {
        await trx
          .insertInto('whatsapp_contacts')
          .values({
            wa_id: message.wa_id,
            phone_number: phoneOfKey(message.wa_id),
            undeliverable_at: at,
          })
          .onConflict((oc) => oc.column('wa_id').doUpdateSet({ undeliverable_at: at }))
          .execute();
      }
      await announceInviteProgress(trx, message, 'failed');
      return 'applied';
    }
    default:
      return 'ignored';
  }
}

/** Tells the room (the web page, the inviter's WhatsApp chat) how its invite is getting on. */
async function announceInviteProgress(
  trx: Db,
  message: { id: string; reason: string; room_id: string | null },
  progress: 'sent' | 'delivered' | 'read' | 'failed',
): Promise<void> {
  if (message.reason !== 'invite' || !message.room_id) return;
  const invite = await trx
    .selectFrom('invites')
    .select('id')
    .where('whatsapp_message_id', '=', message.id)
    .executeTakeFirst();
  if (!invite) return;
  await recordRoomEvents(trx, [
    {
      roomId: message.room_id,
      type: 'invite',
      data: { invite_id: invite.id, channel: 'whatsapp', progress },
    },
  ]);
}

/**
 * A status for a send Meedi8 never got the answer to (still `sending`, or reported
 * `unconfirmed`): found by the id it carried, it takes the status's wamid and is known from then on.
 */
async function adoptByCallback(trx: Db, status: StatusPayload) {
  const id = messageIdOfCallback(status.biz_opaque_callback_data);
  if (!id) return undefined;
  return trx
    .updateTable('whatsapp_messages')
    .set({ wamid: status.id })
    .where('id', '=', id)
    .where('wamid', 'is', null)
    .where('status', 'in', ['sending', 'unconfirmed'])
    .returning(['id', 'status', 'wa_id', 'reason', 'room_id'])
    .executeTakeFirst();
}
