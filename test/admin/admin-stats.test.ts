/**
 * The admin figures, end to end: Sarah invites John by WhatsApp and they reach an agreement;
 * another mediation is agreed through a shared link; a third waits; Priya writes to the Meedi8
 * number and gets the (free) greeting. The figures must add up to exactly that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminStats } from '../../src/reporting/admin-stats.js';
import { DEFAULT_PRICING, rateFor } from '../../src/reporting/pricing.js';
import { createRoom, joinAsGuest, type Person, registerPerson } from '../helpers/factories.js';
import { eventually, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let admin: Person;
let sarah: Person;
let john: Person;
let from: Date;
let roomWithWhatsApp: string;

const JOHN = '+447700900123';
const PRIYA = '+447700900124';
const GB_UTILITY = rateFor(DEFAULT_PRICING, JOHN.slice(1), 'utility');

const finalize = (person: Person, roomId: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/finalize`,
    headers: person.auth,
    payload: { agreement_text: 'Every other weekend, Friday to Sunday.' },
  });

const getStats = (person: Person | null, query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/admin/stats${query}`,
    headers: person ? person.auth : {},
  });

/** Waits for a stored WhatsApp message to be delivered with Meta's pricing on it. */
const deliveredWithPricing = (reason: string, waId: string) =>
  eventually(async () => {
    const row = await t.services.db
      .selectFrom('whatsapp_messages')
      .selectAll()
      .where('reason', '=', reason)
      .where('wa_id', '=', waId)
      .executeTakeFirst();
    return row?.status === 'delivered' && row.pricing_type !== null ? row : undefined;
  });

beforeAll(async () => {
  t = await startTestApp();
  from = new Date(Date.now() - 1000);
  admin = await registerPerson(t.app, 'Ada');
  await t.services.db
    .updateTable('users')
    .set({ is_admin: true })
    .where('id', '=', admin.user.id)
    .execute();
  sarah = await registerPerson(t.app, 'Sarah');

  // 1. Invited by WhatsApp (outside any window: a charged template), joined, agreed.
  const weekends = await createRoom(t.app, sarah, { title: 'Weekends' });
  roomWithWhatsApp = weekends.room.id;
  t.emulator.state.addPhone(JOHN, { name: 'John' });
  const invite = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomWithWhatsApp}/invite-whatsapp`,
    headers: sarah.auth,
    payload: { phone_number: JOHN, recipient_name: 'John' },
  });
  expect(invite.statusCode, invite.body).toBe(200);
  const received = await eventually(async () => t.emulator.state.phone(JOHN)!.received[0]);
  const token = /"text":"([A-Za-z0-9_-]{43})"/.exec(JSON.stringify(received.payload))![1]!;
  const inviteMessage = await deliveredWithPricing('invite', JOHN.slice(1));
  expect(inviteMessage).toMatchObject({ kind: 'template', pricing_type: 'regular' });
  john = await joinAsGuest(t.app, token, 'John');
  expect((await finalize(john, roomWithWhatsApp)).statusCode).toBe(200);
  expect((await finalize(sarah, roomWithWhatsApp)).statusCode).toBe(200);

  // 2. Joined through the shared link, agreed; 3. still waiting.
  const holidays = await createRoom(t.app, sarah, { title: 'Holidays' });
  const kim = await joinAsGuest(t.app, holidays.inviteToken, 'Kim');
  expect((await finalize(kim, holidays.room.id)).statusCode).toBe(200);
  expect((await finalize(sarah, holidays.room.id)).statusCode).toBe(200);
  await createRoom(t.app, sarah, { title: 'Money' });

  // Priya writes first: the mediator's greeting is free-form inside her open window, so free.
  t.emulator.state.addPhone(PRIYA, { name: 'Priya' });
  t.emulator.state.sendFromPhone(PRIYA, { type: 'text', text: 'Hello' });
  const welcome = await deliveredWithPricing('conversation', PRIYA.slice(1));
  expect(welcome).toMatchObject({ kind: 'text', pricing_type: 'free_customer_service' });

  // Every notice sent (Sarah's go by email), so the counts stand still.
  await eventually(async () => {
    const pending = await t.services.db
      .selectFrom('notices')
      .select('id')
      .where('sent_at', 'is', null)
      .execute();
    const queued = await t.services.db
      .selectFrom('emails')
      .select('id')
      .where('status', '=', 'queued')
      .execute();
    return pending.length === 0 && queued.length === 0 ? true : undefined;
  });
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const range = () => ({ from, to: new Date(Date.now() + 60_000) });

describe('adminStats', () => {
  it('counts invite acceptance by channel', async () => {
    const stats = await adminStats(t.services.db, DEFAULT_PRICING, range());
    expect(stats.invites.by_channel).toEqual({
      whatsapp: { created: 1, joined: 1, revoked: 0, rate: 1 },
      // Each room starts with a link, but only the one someone opened was sent to anybody.
      link: { created: 1, joined: 1, revoked: 0, rate: 1 },
      email: { created: 0, joined: 0, revoked: 0, rate: null },
    });
    expect(stats.invites.total).toEqual({ created: 2, joined: 2, revoked: 0, rate: 1 });
  });

  it('counts mediations completed with and without WhatsApp', async () => {
    const stats = await adminStats(t.services.db, DEFAULT_PRICING, range());
    // Priya's message started a mediation in her WhatsApp chat (still in private intake).
    expect(stats.mediations).toEqual({
      created: 4,
      resolved: 2,
      rate: 0.5,
      with_whatsapp: { created: 2, resolved: 1, rate: 0.5 },
      without_whatsapp: { created: 2, resolved: 1, rate: 0.5 },
    });
  });

  it('counts messages by kind, status and reason, with delivery and read rates', async () => {
    const stats = await adminStats(t.services.db, DEFAULT_PRICING, range());
    expect(stats.messages.whatsapp).toEqual({
      total: 2,
      by_kind: { template: { delivered: 1 }, text: { delivered: 1 } },
      by_status: { delivered: 2 },
      by_reason: { invite: 1, conversation: 1 },
      delivery_rate: 1,
      read_rate: 0,
    });
    const emails = await t.services.db
      .selectFrom('emails')
      .select('status')
      .where('created_at', '>=', from)
      .execute();
    expect(emails.length).toBeGreaterThan(0);
    expect(stats.messages.email.total).toBe(emails.length);
    expect(stats.messages.email.by_status).toEqual({ sent: emails.length });
  });

  it('estimates the spend: the template outside the window costs, the welcome does not', async () => {
    const stats = await adminStats(t.services.db, DEFAULT_PRICING, range());
    expect(GB_UTILITY).toBeGreaterThan(0);
    expect(stats.whatsapp_spend).toEqual({
      currency: 'USD',
      total: GB_UTILITY,
      by_reason: { invite: GB_UTILITY, conversation: 0 },
      per_mediation: GB_UTILITY / 2,
      charged_messages: 1,
      complete: true,
      pricing_source: null,
    });
  });

  it('counts nothing outside the range', async () => {
    const stats = await adminStats(t.services.db, DEFAULT_PRICING, {
      from: new Date('2020-01-01T00:00:00Z'),
      to: new Date('2020-02-01T00:00:00Z'),
    });
    expect(stats.mediations.created).toBe(0);
    expect(stats.invites.total).toEqual({ created: 0, joined: 0, revoked: 0, rate: null });
    expect(stats.messages.whatsapp).toMatchObject({
      total: 0,
      delivery_rate: null,
      read_rate: null,
    });
    expect(stats.whatsapp_spend).toMatchObject({ total: 0, per_mediation: 0, by_reason: {} });
  });

  it('before Meta reports pricing, a template is charged only outside the window', async () => {
    // Messages from an earlier day, stored as if their statuses carried no pricing.
    const inbound = await t.services.db
      .selectFrom('whatsapp_inbound_messages')
      .select('sent_at')
      .where('wa_id', '=', PRIYA.slice(1))
      .executeTakeFirstOrThrow();
    const at = (hoursAfterPriyaWrote: number) =>
      new Date(inbound.sent_at.getTime() + hoursAfterPriyaWrote * 3_600_000);
    const day = { from: new Date('2024-06-01T00:00:00Z'), to: new Date('2024-06-02T00:00:00Z') };
    const base = {
      wa_id: PRIYA.slice(1),
      kind: 'template',
      template_name: 'turn_notification',
      body: JSON.stringify({}),
      reason: 'notice',
      created_at: new Date('2024-06-01T12:00:00Z'),
    };
    await t.services.db
      .insertInto('whatsapp_messages')
      .values([
        { ...base, status: 'read', wamid: 'wamid.inside', accepted_at: at(1) },
        { ...base, status: 'delivered', wamid: 'wamid.outside', accepted_at: at(25) },
        { ...base, status: 'failed', wamid: 'wamid.failed', accepted_at: at(26) },
        { ...base, status: 'failed', wamid: null, reason: 'invite' },
      ])
      .execute();
    const stats = await adminStats(t.services.db, DEFAULT_PRICING, day);
    expect(stats.whatsapp_spend).toMatchObject({
      total: GB_UTILITY,
      by_reason: { notice: GB_UTILITY, invite: 0 },
      per_mediation: 0,
      charged_messages: 1,
    });
    // Delivered or read 2 of the 3 Meta took; the one refused before sending is not counted.
    expect(stats.messages.whatsapp).toMatchObject({
      total: 4,
      by_status: { read: 1, delivered: 1, failed: 2 },
      delivery_rate: 0.6667,
      read_rate: 0.5,
    });
  });
});

describe('GET /api/admin/stats', () => {
  it('gives an administrator the same figures', async () => {
    const to = new Date(Date.now() + 60_000);
    const response = await getStats(
      admin,
      `?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const direct = await adminStats(t.services.db, DEFAULT_PRICING, { from, to });
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(response.json()).toMatchObject({
      invites: { by_channel: { whatsapp: { created: 1, joined: 1, rate: 1 } } },
      mediations: { with_whatsapp: { created: 2, resolved: 1 } },
      whatsapp_spend: { total: GB_UTILITY, by_reason: { invite: GB_UTILITY, conversation: 0 } },
    });
  });

  it('defaults to the last 30 days', async () => {
    const before = Date.now();
    const response = await getStats(admin);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const to = Date.parse(body.to);
    expect(to).toBeGreaterThanOrEqual(before - 1000);
    expect(to - Date.parse(body.from)).toBe(30 * 24 * 3_600_000);
    expect(body.mediations.created).toBe(4);
    expect(body.invites.by_channel.whatsapp.joined).toBe(1);
  });

  it('asks for a sign-in without a token', async () => {
    const response = await getStats(null);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('refuses people who are not administrators', async () => {
    for (const person of [sarah, john]) {
      const response = await getStats(person);
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({ code: 'admin_only' });
      expect(response.json().error.message).toMatch(/administrator must grant/);
    }
  });

  it('refuses a range that is reversed, too long or not a date', async () => {
    const cases: [string, RegExp][] = [
      ['?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', /from .* must be before to/],
      ['?from=2026-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', /must be before to/],
      ['?from=2024-01-01T00:00:00Z&to=2025-06-01T00:00:00Z', /longer than 366 days/],
      ['?from=yesterday', /from must be an ISO 8601 date-time/],
      ['?to=2026-01-01T10:00:00', /to must be an ISO 8601 date-time with a time zone/],
      ['?from=2026-02-30', /from must be an ISO 8601/],
    ];
    for (const [query, message] of cases) {
      const response = await getStats(admin, query);
      expect(response.statusCode, query).toBe(422);
      expect(response.json().error.message, query).toMatch(message);
    }
    const unknown = await getStats(admin, '?since=2026-01-01');
    expect(unknown.statusCode).toBe(422);
  });

  it('accepts dates and a full year', async () => {
    const response = await getStats(admin, '?from=2025-01-01&to=2026-01-01T00:00:00%2B01:00');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      from: '2025-01-01T00:00:00.000Z',
      to: '2025-12-31T23:00:00.000Z',
    });
  });
});
