/**
 * The operator console APIs, against the emulator and the real job queue: templates at Meta,
 * the doctor's checklist, the business number, failed jobs and retrying one.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactPhoneNumbers } from '../../src/jobs/failed-jobs.js';
import { type Person, registerPerson } from '../helpers/factories.js';
import { json, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let admin: Person;
let someone: Person;

beforeAll(async () => {
  // No worker: the test's jobs must stay exactly as the test leaves them.
  t = await startTestApp({}, { runWorker: false });
  admin = await registerPerson(t.app, 'Ada');
  await t.services.db
    .updateTable('users')
    .set({ is_admin: true })
    .where('id', '=', admin.user.id)
    .execute();
  someone = await registerPerson(t.app, 'Sam');
});
afterAll(() => t.close());

const get = (url: string, person: Person | null = admin) =>
  t.app.inject({ method: 'GET', url, headers: person ? person.auth : {} });

describe('who may use the console', () => {
  it.each([
    ['GET', '/api/admin/templates'],
    ['GET', '/api/admin/doctor'],
    ['GET', '/api/admin/whatsapp/number'],
    ['GET', '/api/admin/jobs/failed'],
    ['POST', '/api/admin/jobs/1/retry'],
  ] as const)('%s %s is 401 signed out and 403 for a non-admin', async (method, url) => {
    expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    const response = await t.app.inject({ method, url, headers: someone.auth });
    expect(response.statusCode).toBe(403);
    expect(json(response).error.code).toBe('admin_only');
  });
});

describe('GET /api/admin/templates', () => {
  it('lists our templates with their status, category and rejection reason at Meta', async () => {
    const response = await get('/api/admin/templates');
    expect(response.statusCode).toBe(200);
    const { templates: all } = json(response);
    // One row per template and language, British English first.
    expect(all).toHaveLength(6 * 8);
    expect(
      all.filter((x: any) => x.name === 'mediation_invite').map((x: any) => x.language),
    ).toEqual(['en_GB', 'en_US', 'es', 'pt_BR', 'fr', 'de', 'hi', 'ar']);
    for (const row of all)
      expect(row).toMatchObject({ falls_back_to: null, fallbacks_last_7_days: 0 });
    const templates = all.filter((x: any) => x.language === 'en_GB');
    expect(templates.map((x: any) => x.name)).toEqual([
      'mediation_invite',
      'turn_notification',
      'agreement_reached',
      'break_requested',
      'mediation_check_in',
      'phone_verification_code',
    ]);
    for (const template of templates) {
      expect(template).toMatchObject({
        language: 'en_GB',
        category: template.name === 'phone_verification_code' ? 'AUTHENTICATION' : 'UTILITY',
        status: 'APPROVED',
        rejection_reason: null,
        differences: [],
      });
    }
    t.emulator.state.setTemplateStatus(
      'break_requested',
      'en_GB',
      'REJECTED',
      'INCORRECT_CATEGORY',
    );
    const after = json(await get('/api/admin/templates')).templates;
    expect(
      after.find((x: any) => x.name === 'break_requested' && x.language === 'en_GB'),
    ).toMatchObject({
      status: 'REJECTED',
      rejection_reason: 'INCORRECT_CATEGORY',
    });
    t.emulator.state.setTemplateStatus('break_requested', 'en_GB', 'APPROVED');
  });
});

describe('GET /api/admin/doctor', () => {
  it('gives the doctor’s checklist as JSON, with a fix for each failing check', async () => {
    const response = await get('/api/admin/doctor');
    expect(response.statusCode).toBe(200);
    const report = json(response);
    expect(report.sandbox).toBe(false);
    const names = report.checks.map((c: any) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['Access token', 'Phone number', 'Quality rating', 'Public URL']),
    );
    // PUBLIC_URL is http://meedi8.test in tests: the one thing to fix.
    expect(report.checks.filter((c: any) => !c.ok).map((c: any) => c.name)).toEqual(['Public URL']);
    expect(report.checks.find((c: any) => c.name === 'Public URL').fix).toContain('https');
    expect(report).toMatchObject({ ok: false, failed: 1, passed: report.checks.length - 1 });
    expect(JSON.stringify(report)).not.toContain(t.env.WHATSAPP_ACCESS_TOKEN);
  });
});

describe('GET /api/admin/whatsapp/number', () => {
  it('reports quality rating, messaging tier, verified name and status from Graph', async () => {
    const response = await get('/api/admin/whatsapp/number');
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({
      id: '100000000000001',
      display_phone_number: expect.any(String),
      verified_name: 'Meedi8 Sandbox',
      quality_rating: 'GREEN',
      messaging_limit_tier: 'TIER_250',
      name_status: 'APPROVED',
      status: 'CONNECTED',
      sandbox: false,
    });
  });

  it('is a 502 naming the problem when Graph refuses the call', async () => {
    t.emulator.state.injectFault({ http: { status: 500, code: 2 } } as never);
    const broken = await startTestApp({ WHATSAPP_PHONE_NUMBER_ID: '999' }, { runWorker: false });
    try {
      const ada = await registerPerson(broken.app, 'Ada');
      await broken.services.db.updateTable('users').set({ is_admin: true }).execute();
      const response = await broken.app.inject({
        method: 'GET',
        url: '/api/admin/whatsapp/number',
        headers: ada.auth,
      });
      expect(response.statusCode).toBe(502);
      expect(json(response).error.code).toBe('whatsapp_graph_failed');
      expect(json(response).error.message).toContain('/api/admin/doctor');
    } finally {
      await broken.close();
      t.emulator.state.clearFaults();
    }
  });
});

describe('failed jobs', () => {
  /** A job of a task no worker knows, failed as if by a worker: attempts used, an error kept. */
  async function failedJob(attempts: number, maxAttempts: number, error: string) {
    const { rows } = await sql<{ id: string }>`
      select id::text from graphile_worker.add_job('operator_console_test', '{}'::json,
        max_attempts => ${maxAttempts})
    `.execute(t.services.db);
    const id = rows[0]!.id;
    await sql`
      update graphile_worker._private_jobs
      set attempts = ${attempts}, last_error = ${error}, run_at = now() + interval '1 hour'
      where id = ${id}::bigint
    `.execute(t.services.db);
    return id;
  }

  it('lists dead letters and retries with phone numbers hidden, and retries one now', async () => {
    const dead = await failedJob(
      3,
      3,
      'Error: 131026 undeliverable to +44 7700 900123 (wa 447700900123)',
    );
    const retrying = await failedJob(1, 5, 'Error: timeout after 10000 ms');

    const all = json(await get('/api/admin/jobs/failed')).jobs;
    const deadRow = all.find((j: any) => j.id === dead);
    expect(deadRow).toMatchObject({
      task: 'operator_console_test',
      attempts: 3,
      max_attempts: 3,
      state: 'failed',
      locked: false,
      run_at: expect.any(String),
      created_at: expect.any(String),
    });
    expect(deadRow.last_error).toBe(
      'Error: 131026 undeliverable to [phone number] (wa [phone number])',
    );
    expect(all.find((j: any) => j.id === retrying)).toMatchObject({
      state: 'retrying',
      last_error: 'Error: timeout after 10000 ms',
    });
    const onlyDead = json(await get('/api/admin/jobs/failed?state=failed')).jobs;
    expect(onlyDead.map((j: any) => j.id)).toContain(dead);
    expect(onlyDead.map((j: any) => j.id)).not.toContain(retrying);
    expect((await get('/api/admin/jobs/failed?limit=0')).statusCode).toBe(422);
    expect((await get('/api/admin/jobs/failed?state=lost')).statusCode).toBe(422);

    const retry = await t.app.inject({
      method: 'POST',
      url: `/api/admin/jobs/${dead}/retry`,
      headers: admin.auth,
    });
    expect(retry.statusCode).toBe(200);
    expect(json(retry)).toMatchObject({
      success: true,
      job: { id: dead, task: 'operator_console_test', attempts: 0 },
    });
    expect(Date.parse(json(retry).job.run_at)).toBeLessThanOrEqual(Date.now() + 1000);
    const after = json(await get('/api/admin/jobs/failed')).jobs;
    expect(after.map((j: any) => j.id)).not.toContain(dead);
  });

  it('refuses to retry a running job, an unknown one and a malformed id', async () => {
    const running = await failedJob(1, 5, 'Error: first try failed');
    await sql`
      update graphile_worker._private_jobs set locked_at = now(), locked_by = 'worker-1'
      where id = ${running}::bigint
    `.execute(t.services.db);
    const post = (id: string) =>
      t.app.inject({ method: 'POST', url: `/api/admin/jobs/${id}/retry`, headers: admin.auth });
    const busy = await post(running);
    expect(busy.statusCode).toBe(409);
    expect(json(busy).error.code).toBe('job_running');
    expect(
      json(await get('/api/admin/jobs/failed')).jobs.find((j: any) => j.id === running).locked,
    ).toBe(true);
    const missing = await post('987654321');
    expect(missing.statusCode).toBe(404);
    expect(json(missing).error.code).toBe('job_not_found');
    expect((await post('abc')).statusCode).toBe(422);
  });
});

describe('redactPhoneNumbers', () => {
  it.each([
    ['send to +447700900123 failed', 'send to [phone number] failed'],
    ['(wa 447700900123)', '(wa [phone number])'],
    ['call +1 (555) 000-1234 now', 'call [phone number] now'],
    ['timeout after 10000 ms', 'timeout after 10000 ms'],
    [
      'room 3f1c2a9e-0000-4000-8000-000000000000 failed',
      'room 3f1c2a9e-0000-4000-8000-000000000000 failed',
    ],
    [
      'wamid.HBgLMTYzMTU1NTExODEVAgARGBI3QjZDOTlFMjVGNjQxMUU5RTkA',
      'wamid.HBgLMTYzMTU1NTExODEVAgARGBI3QjZDOTlFMjVGNjQxMUU5RTkA',
    ],
  ])('%s', (input, output) => {
    expect(redactPhoneNumbers(input)).toBe(output);
  });
});
