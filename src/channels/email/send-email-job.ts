/** The `email.send` job: sends one queued email (see send-email.ts). */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../jobs/job-definition.js';
import { EMAIL_MAX_ATTEMPTS, sendEmail } from './send-email.js';

/** Sends the email `email_id`; retried with backoff on passing failures. */
export const emailSendJob = defineJob({
  name: 'email.send',
  payload: Type.Object({ email_id: Type.String() }),
  maxAttempts: EMAIL_MAX_ATTEMPTS,
  async handle(payload, services) {
    await sendEmail(services, payload.email_id);
  },
});
