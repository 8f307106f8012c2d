/** Factories that act through the HTTP API, returning what a client would hold. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

export interface Person {
  token: string;
  user: { id: string; name: string; email: string | null };
  auth: { authorization: string };
}

/** Registers an account. */
export async function registerPerson(app: FastifyInstance, name = 'Sarah'): Promise<Person> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/register',
    payload: {
      email: `${name.toLowerCase()}-${randomBytes(4).toString('hex')}@example.com`,
      password: 'correct horse battery',
      name,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json();
  return { token: body.token, user: body.user, auth: { authorization: `Bearer ${body.token}` } };
}

const SCREENING_IDS = ['afraid', 'hurt', 'control', 'sexual', 'children', 'self_harm'];

/**
 * Answers the person's private screening with one answer to every question ("no" → proceed,
 * "unsure" → adapt, "yes" → stop); returns the API's answer.
 */
export async function screen(
  app: FastifyInstance,
  person: Person,
  roomId: string,
  answer: 'yes' | 'no' | 'unsure' | 'skip' = 'no',
) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/screening`,
    headers: person.auth,
    payload: { answers: Object.fromEntries(SCREENING_IDS.map((id) => [id, answer])) },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/**
 * Creates a room owned by `owner`; returns the room and the invite token from its link. The
 * owner's private screening is answered "proceed" unless `screened: false`.
 */
export async function createRoom(
  app: FastifyInstance,
  owner: Person,
  payload: Record<string, unknown> = { title: 'Chores', topic: 'Who does what at home' },
  options: { screened?: boolean } = {},
): Promise<{ room: any; inviteToken: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/rooms',
    headers: owner.auth,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  const room = response.json();
  if (options.screened !== false) await screen(app, owner, room.id);
  return { room, inviteToken: String(room.invite_url).split('/join/')[1]! };
}

/** Invites someone to the room by WhatsApp (the `mediation_invite` template). */
export async function inviteByWhatsApp(
  app: FastifyInstance,
  inviter: Person,
  roomId: string,
  phoneNumber: string,
  recipientName: string,
) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/invite-whatsapp`,
    headers: inviter.auth,
    payload: { phone_number: phoneNumber, recipient_name: recipientName },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/**
 * Joins as a guest from an invite token; their private screening is answered "proceed" (which
 * starts the joint session when the owner's is done) unless `screened: false`.
 */
export async function joinAsGuest(
  app: FastifyInstance,
  inviteToken: string,
  name = 'John',
  options: { screened?: boolean } = {},
): Promise<Person> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/join/${inviteToken}`,
    payload: { name },
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json();
  const guest = {
    token: body.token,
    user: body.user,
    auth: { authorization: `Bearer ${body.token}` },
  };
  if (options.screened !== false) await screen(app, guest, body.room_id);
  return guest;
}

/** An owner and a guest in an active room. */
export async function activeRoom(app: FastifyInstance) {
  const owner = await registerPerson(app, 'Sarah');
  const { room, inviteToken } = await createRoom(app, owner);
  const guest = await joinAsGuest(app, inviteToken, 'John');
  return { owner, guest, roomId: room.id as string };
}

/** The person picks their language in settings (`PATCH /api/users/me`), as they would. */
export async function chooseLanguage(
  app: FastifyInstance,
  person: Person,
  locale: string,
): Promise<void> {
  const chosen = await app.inject({
    method: 'PATCH',
    url: '/api/users/me',
    headers: person.auth,
    payload: { locale },
  });
  if (chosen.statusCode !== 200) throw new Error(`choosing ${locale}: ${chosen.body}`);
}

/** Sends a main-room response. */
export function respond(app: FastifyInstance, person: Person, roomId: string, message: string) {
  return app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/main-room/respond`,
    headers: person.auth,
    payload: { message },
  });
}

/** Both people put the same agreement text forward (`POST /finalize`), so the room resolves. */
export async function agreeOn(
  app: FastifyInstance,
  people: [Person, Person],
  roomId: string,
  agreementText: string,
) {
  let response = undefined as unknown as Awaited<ReturnType<FastifyInstance['inject']>>;
  for (const person of people) {
    response = await app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/finalize`,
      headers: person.auth,
      payload: { agreement_text: agreementText },
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  return response;
}
