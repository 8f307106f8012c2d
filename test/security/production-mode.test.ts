/**
 * MEEDI8_MODE=production: refuses to start without what it needs, naming each missing thing, and
 * never serves the sandbox (emulator, simulated phones, email outbox). An email it cannot send is
 * never counted as sent.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../../src/channels/email/queue-email.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createRoom, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

/** Everything production needs, as an operator would set it. */
const PRODUCTION = {
  MEEDI8_MODE: 'production',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-real-looking-token',
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_BUSINESS_ACCOUNT_ID: '102290129340398',
  WHATSAPP_APP_SECRET: 'app-secret',
  WHATSAPP_VERIFY_TOKEN: 'verify-me',
  PUBLIC_URL: 'https://meedi8.example',
  DATABASE_URL: 'postgres://meedi8@db.internal:5432/meedi8',
  SMTP_URL: 'smtps://user:pass@smtp.example:465',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

function without(...names: string[]): Record<string, string> {
  const env: Record<string, string> = { ...PRODUCTION };
  for (const name of names) delete env[name];
  return env;
}

describe('production refuses to start without what it needs', () => {
  it('starts with everything set', () => {
    expect(problemsOf(PRODUCTION)).toEqual([]);
    expect(loadConfig(PRODUCTION).mode).toBe('production');
  });

  it.each([
    'WHATSAPP_ACCESS_TOKEN',
    'WHATSAPP_PHONE_NUMBER_ID',
    'WHATSAPP_BUSINESS_ACCOUNT_ID',
    'WHATSAPP_APP_SECRET',
    'WHATSAPP_VERIFY_TOKEN',
    'DATABASE_URL',
    'PUBLIC_URL',
  ])('names %s when it is missing, in one line', (name) => {
    const problems = problemsOf(without(name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`MEEDI8_MODE=production needs ${name}`);
  });

  it('wants an https PUBLIC_URL', () => {
    const problems = problemsOf({ ...PRODUCTION, PUBLIC_URL: 'http://meedi8.example' });
    expect(problems).toEqual([expect.stringContaining('PUBLIC_URL, the https:// address')]);
  });

  it('wants SMTP, or email switched off on purpose', () => {
    expect(problemsOf(without('SMTP_URL'))).toEqual([
      expect.stringContaining('needs SMTP_URL to send email, or EMAIL_DISABLED=true'),
    ]);
    expect(problemsOf({ ...without('SMTP_URL'), EMAIL_DISABLED: 'true' })).toEqual([]);
  });

  it('lists everything missing at once for a bare MEEDI8_MODE=production', () => {
    expect(problemsOf({ MEEDI8_MODE: 'production' })).toHaveLength(8);
  });

  it('calls a real token in sandbox mode a contradiction, but allows a stand-alone emulator', () => {
    const sandboxWithToken = { ...PRODUCTION, MEEDI8_MODE: 'sandbox' };
    expect(problemsOf(sandboxWithToken)).toEqual([
      expect.stringContaining('WHATSAPP_ACCESS_TOKEN is set but MEEDI8_MODE is sandbox'),
    ]);
    expect(
      problemsOf({ ...sandboxWithToken, WHATSAPP_GRAPH_URL: 'http://127.0.0.1:4010' }),
    ).toEqual([]);
  });

  it('the server process exits 1 and prints what is missing, as an operator would see it', async () => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      ...without('WHATSAPP_APP_SECRET'),
    };
    env.LOG_LEVEL = 'silent';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('MEEDI8_MODE=production needs WHATSAPP_APP_SECRET');
    expect(stderr.split('\n').filter((l) => l.includes('needs'))).toHaveLength(1);
  }, 60_000);
});

describe('production with everything set', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The test app's emulator stands in for Meta; its URL is set like an operator's own would be.
    t = await startTestApp({
      MEEDI8_MODE: 'production',
      PUBLIC_URL: 'https://meedi8.example',
      EMAIL_DISABLED: 'true',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves nothing under /sandbox', async () => {
    for (const url of [
      '/sandbox',
      '/sandbox/phone',
      '/sandbox/outbox',
      '/sandbox/outbox.json',
      '/sandbox/control/phones',
      '/sandbox/graph/v24.0/100000000000001/messages',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code, url).toBe('not_found');
    }
  });

  it('refuses an invite by email with email switched off, rather than pretend it went', async () => {
    const ann = await registerPerson(t.app, 'Ann');
    const { room } = await createRoom(t.app, ann);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${room.id}/invite-email`,
      headers: ann.auth,
      payload: { email: 'bob@example.com' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('email_disabled');
  });

  it('never counts an email as sent when there is no way to send it', async () => {
    const emailId = await t.services.db.transaction().execute((trx) =>
      queueEmail(trx, {
        to: 'someone@example.com',
        subject: 'Hi',
        text: 'Hello',
        reason: 'notice',
      }),
    );
    const email = await eventually(async () => {
      const row = await t.services.db
        .selectFrom('emails')
        .select(['status', 'sent_at', 'transport'])
        .where('id', '=', emailId)
        .executeTakeFirstOrThrow();
      return row.status === 'queued' ? undefined : row;
    });
    expect(email).toMatchObject({ status: 'failed', sent_at: null, transport: 'disabled' });
  });
});
