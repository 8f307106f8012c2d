/**
 * The chat (src/chat/) answers what people write; it registers here at start-up, so the channel
 * that receives Meta's messages never imports the front end that answers them.
 */
import type { Db } from '../../../storage/database.js';

/** Queues the answer to a stored inbound message (inside the transaction that stored it). */
export type InboundMessageHandler = (trx: Db, waId: string, inboundId: string) => Promise<void>;

let handler: InboundMessageHandler | null = null;

/** Registers the chat's handler (the last registration wins: there is one chat). */
export function answerInboundMessagesWith(next: InboundMessageHandler): void {
  handler = next;
}

/** Hands a stored message to the chat. Without one registered it fails, so nothing is dropped. */
export async function handInboundMessage(trx: Db, waId: string, inboundId: string): Promise<void> {
  if (!handler) throw new Error('No chat is registered to answer WhatsApp messages');
  await handler(trx, waId, inboundId);
}
