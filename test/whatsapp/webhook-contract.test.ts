/**
 * The webhook against Meta's real payload examples: each signed delivery is stored exactly once
 * however often it comes; unsigned or wrongly signed ones are refused and store nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/channels/whatsapp/webhook/extract-events.js';
import { signBody } from '../../src/channels/whatsapp/webhook/verify-signature.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

// Copied from shared/whatsapp/examples (Meta's payloads) so a bare clone can run the tests.
const EXAMPLES = path.resolve(import.meta.dirname, '../fixtures/whatsapp-examples');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, raw: readFileSync(path.join(EXAMPLES, file)) }));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (raw: Buffer | string, signature?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/whatsapp/webhook',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-hub-signature-256': signature } : {}),
    },
    payload: raw,
  });

const countEvents = async () =>
  (
    await sql<{ n: number }>`select count(*)::int as n from whatsapp_webhook_events`.execute(
      t.services.db,
    )
  ).rows[0]!.n;

describe('GET /api/whatsapp/webhook (handshake)', () => {
  it('answers the challenge as plain text when the verify token matches', async () => {
    const token = t.services.whatsapp.settings.verifyToken!;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toBe('1158201444');
  });

  it('is a 403 with the wrong token or mode', async () => {
    for (const query of [
      'hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1',
      'hub.mode=unsubscribe&hub.verify_token=x&hub.challenge=1',
      '',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/whatsapp/webhook?${query}` });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('POST /api/whatsapp/webhook', () => {
  it.each(examples)('stores $file exactly once, however often it is delivered', async ({ raw }) => {
    // Meta's examples reuse message ids across files; each file is checked on its own.
    await t.services.db.deleteFrom('whatsapp_webhook_events').execute();
    const secret = t.services.whatsapp.settings.appSecret!;
    const first = await post(raw, signBody(raw, secret));
    expect(first.statusCode).toBe(200);
    const keys = extractEvents(JSON.parse(raw.toString()), raw).map((e) => e.dedupeKey);
    // Only this delivery's events count: the emulator may be reporting on Meedi8's own replies.
    const stored = () =>
      t.services.db
        .selectFrom('whatsapp_webhook_events')
        .select(['dedupe_key', 'kind'])
        .where('dedupe_key', 'in', keys)
        .execute();
    const afterFirst = await stored();
    expect(afterFirst).toHaveLength(keys.length);
    expect(afterFirst.map((k) => k.kind)).not.toContain('unexpected');
    const again = await Promise.all([
      post(raw, signBody(raw, secret)),
      post(raw, signBody(raw, secret)),
    ]);
    expect(again.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await stored()).toHaveLength(keys.length);
  });

  it('keeps both messages of a batched delivery', async () => {
    const raw = examples.find((e) => e.file === 'inbound-batched-two-messages.json')!.raw;
    await post(raw, signBody(raw, t.services.whatsapp.settings.appSecret!));
    const body = JSON.parse(raw.toString());
    const ids = body.entry[0].changes[0].value.messages.map((m: { id: string }) => m.id);
    const rows = await t.services.db
      .selectFrom('whatsapp_webhook_events')
      .select('dedupe_key')
      .execute();
    for (const id of ids) expect(rows.map((r) => r.dedupe_key)).toContain(`message:${id}`);
  });

  it('refuses a missing or wrong signature with a 401 and stores nothing', async () => {
    const raw = Buffer.from(JSON.stringify({ object: 'whatsapp_business_account', entry: [] }));
    const before = await countEvents();
    const missing = await post(raw);
    const wrong = await post(raw, signBody(raw, 'not-the-secret'));
    const malformed = await post(raw, 'sha256=zz');
    for (const response of [missing, wrong, malformed]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_signature');
      expect(response.body).not.toMatch(/[0-9a-f]{64}/);
    }
    expect(await countEvents()).toBe(before);
  });

  it('verifies the bytes as sent: escaped slashes and non-ASCII', async () => {
    const secret = t.services.whatsapp.settings.appSecret!;
    const raw = Buffer.from(
      '{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001234","phone_number_id":"1"},"contacts":[{"profile":{"name":"Ren\\u00e9e"},"wa_id":"447700900901"}],"messages":[{"from":"447700900901","id":"wamid.escaped-1","timestamp":"1749416383","type":"text","text":{"body":"caf\\u00e9 \\/ 50\\/50?"}}]}}]}]}',
    );
    const response = await post(raw, signBody(raw, secret));
    expect(response.statusCode).toBe(200);
    const stored = await t.services.db
      .selectFrom('whatsapp_webhook_events')
      .select('data')
      .where('dedupe_key', '=', 'message:wamid.escaped-1')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.data)).toContain('café / 50/50?');
  });

  it('is a 400 for a body that is not JSON (but correctly signed)', async () => {
    const raw = Buffer.from('{"object": ');
    const response = await post(raw, signBody(raw, t.services.whatsapp.settings.appSecret!));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_json');
  });

  it('keeps a delivery of an unexpected shape, answers 200 and reports it', async () => {
    const raw = Buffer.from(JSON.stringify({ object: 'page', entry: [{ id: '1', time: 1 }] }));
    const response = await post(raw, signBody(raw, t.services.whatsapp.settings.appSecret!));
    expect(response.statusCode).toBe(200);
    const kept = await t.services.db
      .selectFrom('whatsapp_webhook_events')
      .selectAll()
      .where('kind', '=', 'unexpected')
      .execute();
    expect(kept.length).toBeGreaterThan(0);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/meedi8_whatsapp_webhook_events_total\{kind="unexpected"\} [1-9]/);
  });

  it('processes what it stored: template statuses, quality and account notices', async () => {
    await t.services.db
      .deleteFrom('whatsapp_webhook_events')
      .where('kind', '!=', 'message')
      .execute();
    for (const file of [
      'template-status-approved.json',
      'phone-quality-update.json',
      'account-update.json',
    ]) {
      const raw = examples.find((e) => e.file === file)!.raw;
      expect(
        (await post(raw, signBody(raw, t.services.whatsapp.settings.appSecret!))).statusCode,
      ).toBe(200);
    }
    const fields = await eventually(async () => {
      const notices = await t.services.db
        .selectFrom('whatsapp_account_notices')
        .select('field')
        .execute();
      const seen = new Set(notices.map((n) => n.field));
      const wanted = [
        'message_template_status_update',
        'phone_number_quality_update',
        'account_update',
      ];
      return wanted.every((field) => seen.has(field)) ? seen : undefined;
    });
    expect([...fields]).toEqual(
      expect.arrayContaining([
        'message_template_status_update',
        'phone_number_quality_update',
        'account_update',
      ]),
    );
    const template = await eventually(async () =>
      t.services.db
        .selectFrom('whatsapp_templates')
        .selectAll()
        .where('name', '=', 'mediation_invite')
        .where('language', '=', 'en_GB')
        .executeTakeFirst(),
    );
    expect(template).toMatchObject({ language: 'en_GB', status: 'APPROVED' });
  });
});
