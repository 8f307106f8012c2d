/**
 * Queueing an email: stored with the reason for it and a send job, inside the caller's
 * transaction, so the email exists exactly when the change that caused it (an invite, say) does.
 */

import { errors } from '../../errors.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import type { Db } from '../../storage/database.js';
import { normalizeEmailAddress } from './email-address.js';
import { emailSendJob } from './send-email-job.js';

/** An email to queue. */
export interface QueueEmailInput {
  to: string;
  subject: string;
  /** The plain-text body; complete on its own, since some people read only this part. */
  text: string;
  html?: string;
  /** Why it is sent, for the record (e.g. `invite`). */
  reason: string;
  roomId?: string | null;
}

/** Stores the email and enqueues its send job in `trx`; returns the email id. Bad address → 422. */
export async function queueEmail(trx: Db, input: QueueEmailInput): Promise<string> {
  const to = normalizeEmailAddress(input.to);
  if (!to) {
    throw errors.invalidInput(
      'That email address does not look right. Check it (like name@example.com) and try again.',
    );
  }
  const row = await trx
    .insertInto('emails')
    .values({
      to_address: to,
      // A subject is one header line; names with line breaks must not bend it.
      subject: input.subject.replace(/\s+/g, ' ').trim(),
      text_body: input.text,
      html_body: input.html ?? null,
      reason: input.reason,
      room_id: input.roomId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await enqueueJob(trx, emailSendJob, { email_id: row.id });
  return row.id;
}
