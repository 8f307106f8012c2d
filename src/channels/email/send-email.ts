/**
 * Sending one queued email. Safe to run more than once: only a queued email is sent, and it is
 * marked sent right after. A failure the server calls final marks the email failed; any other is
 * recorded and thrown, so the job retries with backoff until the last attempt gives up.
 */
import { PASSWORD_RESET_REASON } from '../../domain/accounts/password-resets.js';
import type { Services } from '../../services.js';
import { classifySendError } from './classify-send-error.js';
import { type EmailTransport, emailTransportFor } from './email-transport.js';

/** Attempts before an email that keeps failing for passing reasons is marked failed. */
export const EMAIL_MAX_ATTEMPTS = 8;

/** A send to retry later; its message holds ids and codes only, as it reaches logs. */
export class EmailRetryError extends Error {
  constructor(emailId: string, summary: string) {
    super(`email ${emailId} not sent yet (${summary}); it will be retried`);
    this.name = 'EmailRetryError';
  }
}

/** Sends the email `emailId` if it is still queued; throws `EmailRetryError` to be retried. */
export async function sendEmail(
  services: Services,
  emailId: string,
  transport: EmailTransport = emailTransportFor(services.config),
): Promise<void> {
  const { db, logger } = services;
  // Counting the attempt before sending keeps the count right even if the process dies mid-send.
  const email = await db
    .updateTable('emails')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', emailId)
    .where('status', '=', 'queued')
    .returning(['id', 'to_address', 'subject', 'text_body', 'html_body', 'attempts', 'reason'])
    .executeTakeFirst();
  if (!email) {
    logger.debug({ emailId }, 'email already sent, failed or gone; nothing to do');
    return;
  }

  try {
    await transport.send({
      to: email.to_address,
      subject: email.subject,
      text: email.text_body,
      html: email.html_body,
    });
  } catch (err) {
    const verdict = classifySendError(err);
    const giveUp = verdict.permanent || email.attempts >= EMAIL_MAX_ATTEMPTS;
    await db
      .updateTable('emails')
      .set({
        status: giveUp ? 'failed' : 'queued',
        transport: transport.name,
        ...(giveUp ? withoutSecret(email, transport.name) : {}),
        error: verdict.permanent
          ? verdict.detail
          : `${verdict.detail} (attempt ${email.attempts} of ${EMAIL_MAX_ATTEMPTS})`,
      })
      .where('id', '=', email.id)
      .execute();
    if (!giveUp) throw new EmailRetryError(email.id, verdict.summary);
    logger.warn(
      { emailId: email.id, attempts: email.attempts, reason: verdict.summary },
      verdict.permanent ? 'email refused for good; marked failed' : 'email gave up after retries',
    );
    return;
  }

  await db
    .updateTable('emails')
    .set({
      status: 'sent',
      transport: transport.name,
      sent_at: new Date(),
      error: null,
      ...withoutSecret(email, transport.name),
    })
    .where('id', '=', email.id)
    .execute();
  logger.info({ emailId: email.id, transport: transport.name }, 'email sent');
}

/**
 * A reset link is kept only until its email is sent (or given up on): stored secrets are only
 * hashes. The sandbox outbox is the exception, because there the stored row is the email.
 */
function withoutSecret(
  email: { reason: string; text_body: string; html_body: string | null },
  transport: EmailTransport['name'],
): { text_body?: string; html_body?: string | null } {
  if (email.reason !== PASSWORD_RESET_REASON || transport === 'outbox') return {};
  const blank = (body: string) => body.replace(/https?:\/\/[^\s"<]+/g, '[link removed once sent]');
  return {
    text_body: blank(email.text_body),
    html_body: email.html_body === null ? null : blank(email.html_body),
  };
}
