/**
 * A live event stream (`GET /api/rooms/:id/events`) speaks for the token that opened it: signing
 * out or deleting the account ends it at once, instead of it streaming the room on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE_CONFIRMATION } from '../../src/domain/accounts/delete-account.js';
import { createRoom, type Person, registerPerson } from '../helpers/factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { runWorker: false });
});
afterAll(async () => {
  await t?.close();
});

/** Opens the room's stream over real HTTP; `ended` resolves when the server ends it. */
async function openStream(person: Person, roomId: string) {
  const response = await fetch(`${t.url}/api/rooms/${roomId}/events`, { headers: person.auth });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  await reader.read(); // the `retry:` line: the stream is open
  const ended = (async () => {
    for (;;) if ((await reader.read()).done) return true;
  })();
  return { ended, cancel: () => reader.cancel().catch(() => undefined) };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still open'> {
  return Promise.race([
    promise,
    new Promise<'still open'>((r) => setTimeout(() => r('still open'), ms)),
  ]);
}

describe('live event streams end with the session', () => {
  it('ends on logout', async () => {
    const ann = await registerPerson(t.app, 'Ann');
    const { room } = await createRoom(t.app, ann);
    const stream = await openStream(ann, room.id);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: ann.auth,
    });
    expect(logout.statusCode).toBe(200);
    const outcome = await within(stream.ended, 3000);
    await stream.cancel();
    expect(outcome).toBe(true);
  });

  it('ends on account deletion', async () => {
    const bea = await registerPerson(t.app, 'Bea');
    const { room } = await createRoom(t.app, bea);
    const stream = await openStream(bea, room.id);
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/users/me',
      headers: bea.auth,
      payload: { confirm: DELETE_CONFIRMATION },
    });
    expect(deleted.statusCode).toBe(200);
    const outcome = await within(stream.ended, 3000);
    await stream.cancel();
    expect(outcome).toBe(true);
  });

  it('keeps the streams of other sessions open', async () => {
    const cal = await registerPerson(t.app, 'Cal');
    const { room } = await createRoom(t.app, cal);
    const stream = await openStream(cal, room.id);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: cal.user.email, password: 'correct horse battery' },
    });
    const otherAuth = { authorization: `Bearer ${other.json().token}` };
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: otherAuth });
    expect(await within(stream.ended, 1000)).toBe('still open');
    await stream.cancel();
  });
});
