/**
 * Each inbound chat message is answered by a job in the person's own serial queue: one message
 * at a time, in order, with the mediator's thinking outside the webhook's transaction. The step's
 * replies, the chat's state and the mark that the message is answered commit in one transaction
 * (see `converse.ts`), and the domain steps it takes are idempotent (turns and held messages
 * carry its WhatsApp id), so a retried job sends nothing twice.
 */
import { Type } from '@sinclair/typebox';
import type { InboundMessage } from '../channels/whatsapp/inbound/inbound-message.js';
import { addJob } from '../jobs/enqueue.js';
import { defineJob } from '../jobs/job-definition.js';
import type { Db } from '../storage/database.js';
import { converse } from './converse.js';
import { chatQueueOf } from './relay.js';

const CONVERSE_TASK = { name: 'whatsapp.converse', maxAttempts: 10 };

/** Queues the answer to a stored inbound message (inside the webhook's transaction). */
export async function scheduleConversation(
  trx: Db,
  waId: string,
  inboundId: string,
): Promise<void> {
  const queueName = await chatQueueOf(trx, waId);
  await addJob(trx, CONVERSE_TASK, { inbound_id: inboundId }, { queueName });
}

export const converseJob = defineJob({
  ...CONVERSE_TASK,
  payload: Type.Object({ inbound_id: Type.String() }),
  async handle(payload, services) {
    const row = await services.db
      .selectFrom('whatsapp_inbound_messages')
      .select(['payload', 'conversation_done_at', 'wa_id'])
      .where('id', '=', payload.inbound_id)
      .executeTakeFirst();
    if (!row || row.conversation_done_at) return;
    const stored = row.payload as InboundMessage & { sentAt: string };
    // The row's key follows the contact if it was re-keyed since (a new user id, its number).
    await converse(
      services,
      { ...stored, waId: row.wa_id, sentAt: new Date(stored.sentAt) },
      (trx) => markAnswered(trx, payload.inbound_id),
    );
  },
});

/** Marks the message answered; false when another attempt already did (nothing may commit). */
async function markAnswered(trx: Db, inboundId: string): Promise<boolean> {
  const marked = await trx
    .updateTable('whatsapp_inbound_messages')
    .set({ conversation_done_at: new Date() })
    .where('id', '=', inboundId)
    .where('conversation_done_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}
