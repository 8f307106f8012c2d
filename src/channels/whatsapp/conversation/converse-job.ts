/**
 * Each inbound chat message is answered by a job in the person's own serial queue: one message
 * at a time, in order, with the mediator's thinking outside the webhook's transaction. A message
 * is marked answered at the end, and the steps it takes are idempotent (turns and held messages
 * carry its WhatsApp id), so a retried job cannot post twice.
 */
import { Type } from '@sinclair/typebox';
import { addJob } from '../../../jobs/enqueue.js';
import { defineJob } from '../../../jobs/job-definition.js';
import type { Db } from '../../../storage/database.js';
import type { InboundMessage } from '../inbound/inbound-message.js';
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
    await converse(services, { ...stored, waId: row.wa_id, sentAt: new Date(stored.sentAt) });
    await services.db
      .updateTable('whatsapp_inbound_messages')
      .set({ conversation_done_at: new Date() })
      .where('id', '=', payload.inbound_id)
      .execute();
  },
});
