import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom } from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const getRoom = async (headers: { authorization: string }, roomId: string) =>
  json(await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers }));

describe('POST /api/rooms/:room_id/safety-pause', () => {
  it('pauses at once; the other person learns only that it is paused and cannot resume', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const paused = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/safety-pause`,
      headers: guest.auth,
    });
    expect(paused.statusCode).toBe(200);

    const mine = await getRoom(guest.auth, roomId);
    expect(mine).toMatchObject({ phase: 'on_break', safety_paused: true });
    const privateReply = mine.messages.find((m: { kind: string }) => m.kind === 'safety');
    expect(privateReply.private).toBe(true);

    const theirs = await getRoom(owner.auth, roomId);
    expect(theirs).toMatchObject({ phase: 'on_break', safety_paused: false });
    expect(theirs.break.started_by).toBeNull();
    expect(theirs.messages.some((m: { kind: string }) => m.kind === 'safety')).toBe(false);
    const notices = theirs.messages.filter((m: { kind: string }) => m.kind === 'notice');
    expect(notices.map((m: { text: string }) => m.text).join(' ')).not.toContain('John');

    const resume = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: owner.auth,
    });
    expect(resume.statusCode).toBe(409);
    expect(json(resume).error.code).toBe('paused_by_other');
    const byGuest = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/resume`,
      headers: guest.auth,
    });
    expect(byGuest.statusCode).toBe(200);
  });
});
