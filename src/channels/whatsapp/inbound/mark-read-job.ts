/** Marks an inbound message read (blue ticks), so the person sees Meedi8 has it. */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../../jobs/job-definition.js';

export const markReadJob = defineJob({
  name: 'whatsapp.mark-read',
  payload: Type.Object({ wamid: Type.String() }),
  maxAttempts: 5,
  async handle(payload, services) {
    await services.whatsapp.client.markRead(payload.wamid);
  },
});
