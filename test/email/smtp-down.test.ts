/**
 * Email while the SMTP server is down: the send is retried with backoff, the email stays queued
 * with the reason recorded, and neither logs nor the job's error mention the address.
 * Needs `emailSendJob` in src/jobs/all-jobs.ts.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';
import { emailRow, queueInTransaction, sendJobs } from './email-helpers.js';
import { unusedSmtpUrl } from './smtp-test-server.js';

const logLines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, callback) {
    logLines.push(String(chunk));
    callback();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(
    { SMTP_URL: await unusedSmtpUrl(), LOG_LEVEL: 'debug' },
    { logDestination: sink },
  );
});
afterAll(async () => {
  await t?.close();
});

describe('email while the SMTP server is down', () => {
  it('retries with backoff and keeps the email queued', async () => {
    const id = await queueInTransaction(t.services.db, {
      to: 'unreachable.person@example.com',
      subject: 'Private subject line',
      text: 'Private body text',
    });
    const row = await eventually(async () => {
      const current = await emailRow(t.services.db, id);
      return current.attempts >= 2 ? current : undefined;
    }, 15_000);
    expect(row.status).toBe('queued');
    expect(row.transport).toBe('smtp');
    expect(row.sent_at).toBeNull();
    expect(row.error).toMatch(/ESOCKET|ECONNECTION/);

    const [job] = await sendJobs(t.services.db, id);
    expect(job).toBeDefined();
    expect(job!.attempts).toBeGreaterThanOrEqual(2);
    expect(job!.last_error).toContain(id);
    expect(job!.last_error).not.toContain('@');

    const logs = logLines.join('');
    expect(logs).toContain(id);
    for (const secret of ['unreachable.person', 'Private subject line', 'Private body text']) {
      expect(logs).not.toContain(secret);
    }
  });
});
