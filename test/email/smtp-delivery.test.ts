/**
 * Email through a real SMTP conversation with a tiny local server: delivered, or refused for
 * good (550) without a retry. Needs `emailSendJob` in src/jobs/all-jobs.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteEmail } from '../../src/channels/email/invite-email.js';
import { passwordResetEmail } from '../../src/channels/email/password-reset-email.js';
import { PASSWORD_RESET_REASON } from '../../src/domain/accounts/password-resets.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { emailRow, queueInTransaction, sendJobs, settled } from './email-helpers.js';
import { type SmtpTestServer, startSmtpTestServer } from './smtp-test-server.js';

let smtp: SmtpTestServer;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpTestServer({ reject: ['nobody@example.com'] });
  t = await startTestApp({ SMTP_URL: smtp.url, EMAIL_FROM: 'Meedi8 <hello@meedi8.test>' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('email through SMTP', () => {
  it('delivers the email to the server, from EMAIL_FROM to the recipient', async () => {
    const content = inviteEmail({
      locale: 'en-GB',
      recipientName: 'John',
      inviterName: 'Sarah',
      roomTitle: 'Chores',
      joinUrl: 'http://meedi8.test/join/tok_123',
      publicUrl: 'http://meedi8.test',
    });
    const id = await queueInTransaction(t.services.db, {
      to: 'john@example.com',
      ...content,
      reason: 'invite',
    });
    const row = await settled(t.services.db, id);
    expect(row).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1, error: null });

    const message = smtp.messages.find((m) => m.to.includes('john@example.com'));
    expect(message).toBeDefined();
    expect(message!.to).toEqual(['john@example.com']);
    expect(message!.from).toBe('hello@meedi8.test');
    expect(message!.data).toMatch(/^Subject: Sarah invited you to talk things through on Meedi8$/m);
    expect(message!.data).toMatch(/^To: john@example\.com$/m);
    expect(message!.data).toMatch(/^From: Meedi8 <hello@meedi8\.test>$/m);
    expect(message!.data).toContain('text/plain');
    expect(message!.data).toContain('text/html');
  });

  it('marks an email to an unknown recipient (550) failed, without retrying', async () => {
    const id = await queueInTransaction(t.services.db, { to: 'nobody@example.com' });
    const row = await settled(t.services.db, id);
    expect(row).toMatchObject({ status: 'failed', transport: 'smtp', attempts: 1, sent_at: null });
    expect(row.error).toContain('550');
    expect(await sendJobs(t.services.db, id)).toEqual([]);
    // A retry would come after graphile-worker's first backoff (about 3 s): none does.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect((await emailRow(t.services.db, id)).attempts).toBe(1);
    expect(smtp.recipientsTried.filter((r) => r === 'nobody@example.com')).toHaveLength(1);
    expect(smtp.messages.some((m) => m.to.includes('nobody@example.com'))).toBe(false);
  });

  it('delivers a password reset link, then keeps the email without it', async () => {
    const resetUrl =
      'http://meedi8.test/reset-password#token=q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE';
    const content = passwordResetEmail({
      locale: 'en-GB',
      name: 'Ana',
      resetUrl,
      publicUrl: 'http://meedi8.test',
    });
    const id = await queueInTransaction(t.services.db, {
      to: 'ana@example.com',
      ...content,
      reason: PASSWORD_RESET_REASON,
    });
    const row = await settled(t.services.db, id);
    expect(row).toMatchObject({ status: 'sent', transport: 'smtp' });
    const message = smtp.messages.find((m) => m.to.includes('ana@example.com'));
    expect(message?.data).toContain('q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE');
    expect(row.text_body).not.toContain('q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE');
    expect(row.html_body).not.toContain('q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE');
    expect(row.text_body).toContain('[link removed once sent]');
  });

  it('does not serve the outbox viewer when emails really leave', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/sandbox/outbox.json' });
    expect(response.statusCode).toBe(404);
  });
});
