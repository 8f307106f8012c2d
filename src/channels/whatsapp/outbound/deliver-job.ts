/** The delivery job of one recipient's queue (see deliver-to-recipient.ts). */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../../jobs/job-definition.js';
import { deliverToRecipient } from './deliver-to-recipient.js';
import { DELIVER_TASK } from './queue-message.js';

export const deliverWhatsAppJob = defineJob({
  name: DELIVER_TASK,
  payload: Type.Object({ wa_id: Type.String() }),
  maxAttempts: 25,
  async handle(payload, services) {
    await deliverToRecipient(services, payload.wa_id);
  },
});
