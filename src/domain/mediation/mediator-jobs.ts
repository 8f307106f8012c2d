/** The mediator's work as durable jobs: a reply to each statement, and the opening. */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../jobs/job-definition.js';
import { produceMediatorReply, produceOpening } from './produce-mediator-reply.js';

export { replyJobKey } from './produce-mediator-reply.js';

/** Answers a participant's statement when the inline attempt could not. */
export const mediatorReplyJob = defineJob({
  name: 'mediator.reply',
  payload: Type.Object({ room_id: Type.String(), message_id: Type.String() }),
  maxAttempts: 10,
  async handle(payload, services) {
    await produceMediatorReply(services, payload.room_id, payload.message_id);
  },
});

/** Welcomes both people when the second one joins. */
export const mediatorOpeningJob = defineJob({
  name: 'mediator.opening',
  payload: Type.Object({ room_id: Type.String() }),
  maxAttempts: 10,
  async handle(payload, services) {
    await produceOpening(services, payload.room_id);
  },
});
