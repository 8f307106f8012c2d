/**
 * Queueing a WhatsApp message: stored with the reason for it and a delivery job, inside the
 * caller's transaction, so the message exists exactly when the change that caused it does.
 * Long text is split here into messages of at most 4,096 characters, each tracked on its own.
 */
import { addJob } from '../../../jobs/enqueue.js';
import type { Db } from '../../../storage/database.js';
import { splitText } from '../graph/split-text.js';
import type { OutboundWhatsApp } from '../outbound-message.js';
import { SEND_PRIORITY, sendPriority } from './send-priority.js';

export const DELIVER_TASK = 'whatsapp.deliver';
const TEXT_LIMIT = 4096;

export interface QueuedMessageInput {
  /** The recipient's WhatsApp id (E.164 digits without the plus). */
  waId: string;
  message: OutboundWhatsApp;
  /** Why it is sent, for the record and for cost per reason (e.g. `welcome`, `invite`). */
  reason: string;
  roomId?: string | null;
}

/** Stores the message (or its parts) and makes sure the recipient's delivery job is pending. */
export async function queueWhatsAppMessage(trx: Db, input: QueuedMessageInput): Promise<string[]> {
  const parts: OutboundWhatsApp[] =
    input.message.kind === 'text' && input.message.body.length > TEXT_LIMIT
      ? splitText(input.message.body, TEXT_LIMIT).map(
          (body) => ({ ...input.message, body }) as OutboundWhatsApp,
        )
      : [input.message];
  const rows = await trx
    .insertInto('whatsapp_messages')
    .values(
      parts.map((part) => ({
        wa_id: input.waId,
        kind: part.kind,
        template_name: part.kind === 'template' ? part.name : null,
        body: JSON.stringify(part),
        reason: input.reason,
        room_id: input.roomId ?? null,
      })),
    )
    .returning('id')
    .execute();
  await scheduleDelivery(trx, input.waId);
  return rows.map((r) => r.id);
}

/**
 * Makes sure a delivery job for the recipient is due at `runAt` (default now), ranked by the most
 * urgent message waiting for them (a reply before a notice before a reminder; send-priority.ts).
 */
export async function scheduleDelivery(db: Db, waId: string, runAt?: Date): Promise<void> {
  const waiting = await db
    .selectFrom('whatsapp_messages')
    .select('reason')
    .distinct()
    .where('wa_id', '=', waId)
    .where('status', 'in', ['queued', 'held'])
    .execute();
  const priority =
    waiting.length > 0
      ? Math.min(...waiting.map((message) => sendPriority(message.reason)))
      : SEND_PRIORITY.notice;
  await addJob(
    db,
    { name: DELIVER_TASK, maxAttempts: 25 },
    { wa_id: waId },
    { runAt, jobKey: `wa-deliver:${waId}`, priority },
  );
}
