/**
 * Who may call what: every route the app serves (read from Fastify's own route table, so a new
 * route without a row here fails this test) × every kind of caller. `ok` means the request got
 * past authentication and authorization (whatever the room's state then said); a number is the
 * refusal expected. Each call uses a fresh token for its caller, so logging out revokes nothing
 * the next row needs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_TOKEN_TTL_MS,
  GUEST_TOKEN_TTL_MS,
  issueToken,
  newSecret,
} from '../../src/domain/accounts/tokens.js';
import { createRoom, joinAsGuest, type Person, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const CALLERS = [
  'owner',
  'participant',
  'guestOfRoom',
  'guestOfOtherRoom',
  'stranger',
  'admin',
  'signedOut',
] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 401 | 403;
type Row = Record<Caller, Outcome>;

/** Error codes that mean "not you": an `ok` caller must never get one. */
const REFUSALS = new Set([
  'unauthenticated',
  'not_a_participant',
  'guest_not_allowed',
  'admin_only',
  'csrf_header_missing',
  'metrics_forbidden',
  'sandbox_local_only',
]);

const row = (o: Partial<Row>, rest: Outcome): Row =>
  Object.fromEntries(CALLERS.map((c) => [c, o[c] ?? rest])) as Row;
/** Anyone, signed in or not. */
const PUBLIC = row({}, 'ok');
/** Anyone signed in, guests included. */
const SIGNED_IN = row({ signedOut: 401 }, 'ok');
/** People with an account; a guest takes part only in the mediation they joined. */
const ACCOUNT = row({ signedOut: 401, guestOfRoom: 403, guestOfOtherRoom: 403 }, 'ok');
/** The room's two participants (a guest of this room included), no one else, not even admins. */
const PARTICIPANT = row({ owner: 'ok', participant: 'ok', guestOfRoom: 'ok', signedOut: 401 }, 403);
/** Operators only. */
const ADMIN = row({ admin: 'ok', signedOut: 401 }, 403);

/** Every route, as Fastify lists it (HEAD and OPTIONS follow their GET). */
const EXPECTED: Record<string, Row> = {
  'GET /healthz': PUBLIC,
  'GET /readyz': PUBLIC,
  // Local callers (these requests are); remote ones are refused (metrics-access.test.ts).
  'GET /metrics': PUBLIC,
  'POST /api/auth/register': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': SIGNED_IN,
  // The link's secret decides, not a session (password-reset.test.ts has the attacks).
  'POST /api/auth/password-reset': PUBLIC,
  'POST /api/auth/password-reset/confirm': PUBLIC,
  'GET /api/users/me': SIGNED_IN,
  'PATCH /api/users/me': SIGNED_IN,
  'DELETE /api/users/me': SIGNED_IN,
  'GET /api/users/me/export': SIGNED_IN,
  'POST /api/users/me/phone-verification': SIGNED_IN,
  'POST /api/users/me/phone-verification/confirm': SIGNED_IN,
  'POST /api/rooms': ACCOUNT,
  'GET /api/rooms': SIGNED_IN,
  'GET /api/rooms/:room_id': PARTICIPANT,
  'POST /api/rooms/:room_id/invites': PARTICIPANT,
  'DELETE /api/rooms/:room_id/invites/:invite_id': PARTICIPANT,
  'POST /api/rooms/:room_id/invite-whatsapp': PARTICIPANT,
  'POST /api/rooms/:room_id/invite-email': PARTICIPANT,
  'GET /api/rooms/:room_id/events': PARTICIPANT,
  'POST /api/rooms/:room_id/main-room/respond': PARTICIPANT,
  'POST /api/rooms/:room_id/main-room/hold': PARTICIPANT,
  'POST /api/rooms/:room_id/break': PARTICIPANT,
  'POST /api/rooms/:room_id/safety-pause': PARTICIPANT,
  'GET /api/rooms/:room_id/screening': PARTICIPANT,
  'POST /api/rooms/:room_id/screening': PARTICIPANT,
  'POST /api/rooms/:room_id/resume': PARTICIPANT,
  'POST /api/rooms/:room_id/agreement/draft': PARTICIPANT,
  'POST /api/rooms/:room_id/agreement/:draft_id/confirm': PARTICIPANT,
  'POST /api/rooms/:room_id/agreement/:draft_id/request-changes': PARTICIPANT,
  'POST /api/rooms/:room_id/finalize': PARTICIPANT,
  'GET /api/rooms/:room_id/resolution': PARTICIPANT,
  'GET /api/rooms/:room_id/resolution.pdf': PARTICIPANT,
  'GET /api/join/:invite_token': PUBLIC,
  'POST /api/join/:invite_token': PUBLIC,
  'GET /join/:invite_token': PUBLIC,
  'GET /signin/:token': PUBLIC,
  'POST /signin/:token': PUBLIC,
  // The signed link decides, not a session (agreement-link.test.ts has the attacks).
  'GET /agreement/:token': PUBLIC,
  'GET /agreement/:token/pdf': PUBLIC,
  // Meta's calls: the verify token and the payload signature decide, not a session.
  'GET /api/whatsapp/webhook': PUBLIC,
  'POST /api/whatsapp/webhook': PUBLIC,
  'GET /api/admin/stats': ADMIN,
  'GET /api/admin/templates': ADMIN,
  'GET /api/admin/doctor': ADMIN,
  'GET /api/admin/whatsapp/number': ADMIN,
  'GET /api/admin/jobs/failed': ADMIN,
  'POST /api/admin/jobs/:job_id/retry': ADMIN,
  // Sandbox mode, local callers only (sandbox-access.test.ts); production has none.
  'GET /sandbox/outbox': PUBLIC,
  'GET /sandbox/outbox.json': PUBLIC,
  // The web client: its icon, and its pages and assets for any other browser request.
  'GET /favicon.svg': PUBLIC,
  'GET *': PUBLIC,
};

/** Bodies that pass each route's schema, so authorization (which runs after it) is what decides. */
const BODIES: Record<string, unknown> = {
  'POST /api/auth/register': {
    email: `m-${randomUUID()}@example.com`,
    password: 'x'.repeat(12),
    name: 'M',
  },
  'POST /api/auth/login': { email: 'nobody@example.com', password: 'wrong' },
  'POST /api/auth/password-reset': { email: 'nobody@example.com' },
  'POST /api/auth/password-reset/confirm': { token: newSecret(), password: 'x'.repeat(12) },
  'PATCH /api/users/me': { notification_frequency: 'realtime' },
  // A wrong confirmation: authorized callers get "not confirmed", and nobody is deleted.
  'DELETE /api/users/me': { confirm: 'no' },
  'POST /api/rooms': { title: 'Matrix' },
  'POST /api/rooms/:room_id/invites': {},
  'POST /api/rooms/:room_id/invite-whatsapp': { phone_number: '+447700900999' },
  'POST /api/rooms/:room_id/invite-email': { email: 'someone@example.com' },
  'POST /api/rooms/:room_id/main-room/respond': { message: 'Hello' },
  'POST /api/rooms/:room_id/main-room/hold': { message: 'Later' },
  'POST /api/rooms/:room_id/break': { reason: 'tea' },
  'POST /api/rooms/:room_id/safety-pause': {},
  'POST /api/rooms/:room_id/screening': { answers: {} },
  'POST /api/users/me/phone-verification/confirm': { code: '000000' },
  'POST /api/rooms/:room_id/resume': {},
  'POST /api/rooms/:room_id/agreement/draft': {},
  'POST /api/rooms/:room_id/agreement/:draft_id/confirm': {},
  'POST /api/rooms/:room_id/agreement/:draft_id/request-changes': { note: 'More detail' },
  'POST /api/rooms/:room_id/finalize': { agreement_text: 'We agree.' },
  'POST /api/join/:invite_token': { name: 'M' },
  'POST /api/whatsapp/webhook': { object: 'whatsapp_business_account', entry: [] },
  'POST /api/admin/jobs/:job_id/retry': {},
};

/** Reads Fastify's route table: `printRoutes` lists each full path, nested under its prefix. */
function routesOf(printed: string): string[] {
  const found: string[] = [];
  const stack: string[] = [];
  for (const line of printed.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[2]!;
    stack.push(path);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD' && method !== 'OPTIONS') found.push(`${method} ${path}`);
    }
  }
  return found;
}

let t: TestApp;
const people = {} as Record<Exclude<Caller, 'signedOut'>, { person: Person; scope: string | null }>;
let mainRoom: string;
let guestRoom: string;

beforeAll(async () => {
  t = await startTestApp({}, { runWorker: false });
  const owner = await registerPerson(t.app, 'Olive');
  const participant = await registerPerson(t.app, 'Pat');
  const stranger = await registerPerson(t.app, 'Stan');
  const admin = await registerPerson(t.app, 'Ada');
  await t.services.db
    .updateTable('users')
    .set({ is_admin: true })
    .where('id', '=', admin.user.id)
    .execute();

  const first = await createRoom(t.app, owner);
  mainRoom = first.room.id;
  const joined = await t.app.inject({
    method: 'POST',
    url: `/api/join/${first.inviteToken}`,
    headers: participant.auth,
    payload: {},
  });
  expect(joined.statusCode, joined.body).toBe(200);

  const second = await createRoom(t.app, owner);
  guestRoom = second.room.id;
  const guest = await joinAsGuest(t.app, second.inviteToken, 'Gus');
  const elsewhere = await createRoom(t.app, stranger);
  const otherGuest = await joinAsGuest(t.app, elsewhere.inviteToken, 'Gil');

  people.owner = { person: owner, scope: null };
  people.participant = { person: participant, scope: null };
  people.guestOfRoom = { person: guest, scope: guestRoom };
  people.guestOfOtherRoom = { person: otherGuest, scope: elsewhere.room.id };
  people.stranger = { person: stranger, scope: null };
  people.admin = { person: admin, scope: null };
});
afterAll(async () => {
  await t?.close();
});

/** A fresh token for the caller (a guest's reaches only its room). */
async function tokenFor(caller: Caller): Promise<string | null> {
  if (caller === 'signedOut') return null;
  const { person, scope } = people[caller];
  return issueToken(t.services.db, person.user.id, {
    roomScope: scope,
    ttlMs: scope ? GUEST_TOKEN_TTL_MS : ACCOUNT_TOKEN_TTL_MS,
  });
}

function urlFor(route: string, caller: Caller): string {
  const path = route.split(' ')[1]!;
  if (path === '*') return '/mediations/page';
  return path
    .replace(':room_id', caller === 'guestOfRoom' ? guestRoom : mainRoom)
    .replace(':draft_id', randomUUID())
    .replace(':invite_id', randomUUID())
    .replace(':job_id', '999999')
    .replace(':invite_token', newSecret())
    .replace(':token', newSecret());
}

/** The status and error code a caller gets (an event stream is read only as far as its head). */
async function call(route: string, caller: Caller): Promise<{ status: number; code?: string }> {
  const method = route.split(' ')[0]!;
  const token = await tokenFor(caller);
  const headers: Record<string, string> = { accept: 'text/html' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (route.endsWith('/events')) {
    const controller = new AbortController();
    const response = await fetch(`${t.url}${urlFor(route, caller)}`, {
      headers,
      signal: controller.signal,
    });
    const code = response.ok
      ? undefined
      : ((await response.json()) as { error?: { code?: string } }).error?.code;
    controller.abort();
    return { status: response.status, code };
  }
  const body = BODIES[route];
  const response = await t.app.inject({
    method: method as 'GET',
    url: urlFor(route, caller),
    headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  let code: string | undefined;
  try {
    code = response.json()?.error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.statusCode, code };
}

describe('authorization matrix', () => {
  it('has a row for every route the app serves, and no row for a route it does not', () => {
    const served = routesOf(t.app.printRoutes({ commonPrefix: false })).sort();
    expect(served.length).toBeGreaterThan(40);
    expect(served).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s', async (route) => {
    const seen: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const caller of CALLERS) {
      const expected = EXPECTED[route]![caller];
      const { status, code } = await call(route, caller);
      wanted[caller] = String(expected);
      if (expected === 'ok') {
        seen[caller] = code && REFUSALS.has(code) ? `${status} ${code}` : 'ok';
      } else {
        seen[caller] = code && REFUSALS.has(code) ? String(status) : `${status} ${code ?? ''}`;
      }
    }
    expect(seen).toEqual(wanted);
  });
});
