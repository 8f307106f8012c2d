/**
 * Chat messages Meta refused because the person's 24-hour window had closed (131047) are kept,
 * not dropped: once the person writes again, each is queued anew, in the order it was first
 * sent, ahead of the chat's answer to what they wrote.
 */
import type { Db } from '../../../storage/database.js';
import type { OutboundWhatsApp } from '../outbound-message.js';
import { queueWhatsAppMessage } from './queue-message.js';

/** The chat's own free-form messages: the relayed room and the answers to what a person wrote. */
export const RESENT_REASONS: readonly string[] = ['relay', 'conversation'];
/** Older than this, a refused line is out of date; it stays recorded as failed. */
const RESEND_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether a failed message is one the chat sends again when the window reopens. */
export function resentWhenWindowOpens(message: {
  reason: string;
  status: string;
  failure_class: string | null;
}): boolean {
  return (
    message.status === 'failed' &&
    message.failure_class === 'window_closed' &&
    RESENT_REASONS.includes(message.reason)
  );
}

/** Queues again what was refused for a closed window (inside the transaction storing the inbound). */
export async function resendRefusedChatMessages(trx: Db, waId: string): Promise<number> {
  const refused = await trx
    .selectFrom('whatsapp_messages')
    .select(['id', 'body', 'reason', 'room_id'])
    .where('wa_id', '=', waId)
    .where('status', '=', 'failed')
    .where('failure_class', '=', 'window_closed')
    .where('reason', 'in', RESENT_REASONS)
    .where('resent_at', 'is', null)
    .where('created_at', '>', new Date(Date.now() - RESEND_WITHIN_MS))
    .orderBy('seq')
    .execute();
  if (refused.length === 0) return 0;
  for (const message of refused) {
    await queueWhatsAppMessage(trx, {
      waId,
      message: message.body as OutboundWhatsApp,
      reason: message.reason,
      roomId: message.room_id,
    });
  }
  await trx
    .updateTable('whatsapp_messages')
    .set({ resent_at: new Date() })
    .where(
      'id',
      'in',
      refused.map((m) => m.id),
    )
    .execute();
  return refused.length;
}
