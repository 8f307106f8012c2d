/**
 * Email without an SMTP server: queued in the caller's transaction, "sent" by the job into the
 * local outbox (the row itself), and shown at /sandbox/outbox. Needs `emailSendJob` in
 * src/jobs/all-jobs.ts and `emailOutboxRoutes` registered in src/app.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteEmail } from '../../src/channels/email/invite-email.js';
import { queueEmail } from '../../src/channels/email/queue-email.js';
import { EmailRetryError, sendEmail } from '../../src/channels/email/send-email.js';
import { MeediError } from '../../src/errors.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { emailRow, queueInTransaction, sendJobs, settled } from './email-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** An email stored without a job, so only the test sends it. */
async function storedEmail(attempts = 0) {
  const row = await t.services.db
    .insertInto('emails')
    .values({
      to_address: 'direct@example.com',
      subject: 'Direct',
      text_body: 'Direct send',
      reason: 'test',
      attempts,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('queueing and sending through the local outbox', () => {
  it('stores the email in the transaction and the job marks it sent via the outbox', async () => {
    const before = Date.now();
    const id = await queueInTransaction(t.services.db, { to: '  John@Example.COM ' });
    const row = await settled(t.services.db, id);
    expect(row).toMatchObject({
      status: 'sent',
      transport: 'outbox',
      to_address: 'John@example.com',
      attempts: 1,
      error: null,
      reason: 'test',
    });
    expect(row.sent_at!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The job's own row goes once the job has returned, a moment after the email is marked sent.
    await eventually(async () =>
      (await sendJobs(t.services.db, id)).length === 0 ? true : undefined,
    );
  });

  it('leaves no email and no job when the transaction rolls back', async () => {
    let queuedId = '';
    await expect(
      t.services.db.transaction().execute(async (trx) => {
        queuedId = await queueEmail(trx, {
          to: 'rollback@example.com',
          subject: 'Never sent',
          text: 'Never sent',
          reason: 'test',
        });
        expect(await sendJobs(trx, queuedId)).toHaveLength(1);
        throw new Error('the invite failed after the email was queued');
      }),
    ).rejects.toThrow('the invite failed');
    expect(queuedId).not.toBe('');
    const rows = await t.services.db
      .selectFrom('emails')
      .select('id')
      .where('to_address', '=', 'rollback@example.com')
      .execute();
    expect(rows).toEqual([]);
    expect(await sendJobs(t.services.db, queuedId)).toEqual([]);
  });

  it('refuses a bad address with a 422 and stores nothing', async () => {
    const error = await queueInTransaction(t.services.db, {
      to: 'john@example.com\r\nBcc: everyone@example.com',
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MeediError);
    expect(error).toMatchObject({ statusCode: 422, code: 'invalid_input' });
    const count = await t.services.db
      .selectFrom('emails')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('to_address', 'like', '%everyone%')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('sending one email', () => {
  it('does nothing for an email already sent', async () => {
    const id = await storedEmail();
    let sends = 0;
    const transport = { name: 'smtp' as const, send: async () => void sends++ };
    await sendEmail(t.services, id, transport);
    await sendEmail(t.services, id, transport);
    expect(sends).toBe(1);
    expect(await emailRow(t.services.db, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('records a passing failure and throws so the job retries; gives up on the last attempt', async () => {
    const id = await storedEmail(6);
    const down = {
      name: 'smtp' as const,
      send: async () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' });
      },
    };
    const error = await sendEmail(t.services, id, down).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(EmailRetryError);
    expect((error as Error).message).not.toContain('@');
    expect(await emailRow(t.services.db, id)).toMatchObject({ status: 'queued', attempts: 7 });
    expect((await emailRow(t.services.db, id)).error).toContain('ESOCKET');

    await expect(sendEmail(t.services, id, down)).resolves.toBeUndefined();
    const row = await emailRow(t.services.db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 8, sent_at: null });
    expect(row.error).toContain('attempt 8 of 8');
  });
});

describe('the outbox viewer', () => {
  it('lists the latest emails newest first as JSON', async () => {
    const first = await queueInTransaction(t.services.db, { subject: 'First of two' });
    const second = await queueInTransaction(t.services.db, {
      subject: 'Second of two',
      html: '<p>Second</p>',
    });
    await settled(t.services.db, second);
    const response = await t.app.inject({ method: 'GET', url: '/sandbox/outbox.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { emails } = response.json();
    expect(emails.length).toBeLessThanOrEqual(50);
    const ids = emails.map((e: { id: string }) => e.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    expect(emails[ids.indexOf(second)]).toEqual({
      id: second,
      to: 'john@example.com',
      subject: 'Second of two',
      text: 'Hello John,\n\nJoin here: https://meedi8.test/join/abc\n',
      html: '<p>Second</p>',
      status: 'sent',
      created_at: expect.any(String),
      sent_at: expect.any(String),
    });
  });

  it('shows an invite on a self-contained page with every value escaped', async () => {
    const attack = '<script>alert(1)</script>';
    const content = inviteEmail({
      locale: 'en-GB',
      recipientName: attack,
      inviterName: attack,
      roomTitle: `"><img src=x onerror=alert(2)>`,
      joinUrl: 'http://meedi8.test/join/tok_123',
      publicUrl: 'http://meedi8.test',
    });
    const id = await queueInTransaction(t.services.db, { ...content, reason: 'invite' });
    await settled(t.services.db, id);

    const response = await t.app.inject({ method: 'GET', url: '/sandbox/outbox' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
    const page = response.body;
    expect(page).toContain(`id="email-${id}"`);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; invited you');
    expect(page).toContain('<a href="http://meedi8.test/join/tok_123" target="_blank"');
    expect(page).toContain('View HTML');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
  });
});
