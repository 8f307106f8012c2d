/**
 * Agreement links open one person's resolution without an account. Attacks first: a link with
 * a changed byte, an expired one, one signed with another key, one for another person's room
 * and a participant link used for a room that person is not in are all refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AGREEMENT_LINK_TTL_MS,
  agreementLinkUrl,
} from '../../src/domain/mediation/agreement-links.js';
import { createRoom, joinAsGuest, type Person, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let roomId: string;
let john: Person;
let otherRoomId: string;

const finalize = (person: Person, id: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/rooms/${id}/finalize`,
    headers: person.auth,
    payload: { agreement_text: 'Sarah cooks on weekdays; John takes the bins out on Tuesdays.' },
  });

async function resolvedRoom(): Promise<{ roomId: string; sarah: Person; john: Person }> {
  const sarah = await registerPerson(t.app, 'Sarah');
  const { room, inviteToken } = await createRoom(t.app, sarah);
  const guest = await joinAsGuest(t.app, inviteToken, 'John');
  expect((await finalize(guest, room.id)).statusCode).toBe(200);
  expect((await finalize(sarah, room.id)).statusCode).toBe(200);
  return { roomId: room.id, sarah, john: guest };
}

const path = (url: string) => new URL(url).pathname;
const linkFor = (room: string, userId: string, now = Date.now(), secret?: string) =>
  path(
    agreementLinkUrl(
      {
        publicUrl: 'http://meedi8.test',
        linkSigningSecret: secret ?? t.services.config.linkSigningSecret,
      },
      room,
      userId,
      now,
    ),
  );

beforeAll(async () => {
  t = await startTestApp({}, { runWorker: false });
  ({ roomId, john } = await resolvedRoom());
  otherRoomId = (await resolvedRoom()).roomId;
});
afterAll(async () => {
  await t?.close();
});

describe('agreement links', () => {
  it('open the person’s agreement and its PDF without an account', async () => {
    const link = linkFor(roomId, john.user.id);
    const page = await t.app.inject({ url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toContain('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('John takes the bins out on Tuesdays');
    const pdf = await t.app.inject({ url: `${link}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('refuses a tampered link', async () => {
    const link = linkFor(roomId, john.user.id);
    const [payload, signature] = link.slice('/agreement/'.length).split('.') as [string, string];
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A');
    // Another room's id in the payload, kept with this link's signature.
    const claims = Buffer.from(payload, 'base64url');
    Buffer.from(otherRoomId.replaceAll('-', ''), 'hex').copy(claims, 0);
    const forgedPayload = claims.toString('base64url');
    for (const bad of [
      `/agreement/${payload}.${flipped}`,
      `/agreement/${forgedPayload}.${signature}`,
      `/agreement/${payload}`,
      `/agreement/${payload}.${signature}.x`,
    ]) {
      for (const url of [bad, `${bad}/pdf`]) {
        const response = await t.app.inject({ url });
        expect(response.statusCode, url).toBe(404);
        expect(response.body).not.toContain('bins');
      }
    }
  });

  it('refuses an expired link', async () => {
    const link = linkFor(roomId, john.user.id, Date.now() - AGREEMENT_LINK_TTL_MS - 1000);
    const response = await t.app.inject({ url: link });
    expect(response.statusCode).toBe(410);
    expect(response.body).toContain('expired');
    expect((await t.app.inject({ url: `${link}/pdf` })).statusCode).toBe(410);
  });

  it('refuses a link signed with another key', async () => {
    const link = linkFor(roomId, john.user.id, Date.now(), 'x'.repeat(40));
    expect((await t.app.inject({ url: link })).statusCode).toBe(404);
  });

  it('refuses another person’s room: a correctly signed link for someone not in it', async () => {
    // John's own link, but for a room he never joined.
    const link = linkFor(otherRoomId, john.user.id);
    const response = await t.app.inject({ url: link });
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('bins');
    expect((await t.app.inject({ url: `${link}/pdf` })).statusCode).toBe(403);
  });
});
