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

/** Creates a room owned by `owner`; returns the room and the invite token from its link. */
export async function createRoom(
  app: FastifyInstance,
  owner: Person,
  payload: Record<string, unknown> = { title: 'Chores', topic: 'Who does what at home' },
): Promise<{ room: any; inviteToken: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/rooms',
    headers: owner.auth,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  const room = response.json();
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

/** Joins as a guest from an invite token. */
export async function joinAsGuest(
  app: FastifyInstance,
  inviteToken: string,
  name = 'John',
): Promise<Person> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/join/${inviteToken}`,
    payload: { name },
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json();
  return { token: body.token, user: body.user, auth: { authorization: `Bearer ${body.token}` } };
}

/** An owner and a guest in an active room. */
export async function activeRoom(app: FastifyInstance) {
  const owner = await registerPerson(app, 'Sarah');
  const { room, inviteToken } = await createRoom(app, owner);
  const guest = await joinAsGuest(app, inviteToken, 'John');
  return { owner, guest, roomId: room.id as string };
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
