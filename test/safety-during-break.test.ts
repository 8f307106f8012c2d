/**
 * A safety concern raised during the other person's break does not take their break over: the
 * break stays theirs to end and looks the same to them, and the session stays paused until the
 * person who raised the concern resumes too, whichever of the two ends their part first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, type Person } from './helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const getRoom = async (person: Person, roomId: string) =>
  json(await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: person.auth }));
const resume = (person: Person, roomId: string) =>
  t.app.inject({ method: 'POST', url: `/api/rooms/${roomId}/resume`, headers: person.auth });

/** Sarah takes a break with a reason; during it John pauses for safety. */
async function breakThenSafetyPause() {
  const { owner: sarah, guest: john, roomId } = await activeRoom(t.app);
  // Once the mediator has opened, nothing else is on its way.
  await eventually(async () => {
    const view = await getRoom(sarah, roomId);
    return view.messages.some((m: { kind: string }) => m.kind === 'opening') ? view : undefined;
  });
  const took = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/break`,
    headers: sarah.auth,
    payload: { reason: 'Back after lunch' },
  });
  expect(took.statusCode).toBe(200);
  const before = await getRoom(sarah, roomId);
  const paused = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/safety-pause`,
    headers: john.auth,
  });
  expect(paused.statusCode).toBe(200);
  return { sarah, john, roomId, before };
}

describe('a safety pause during the other person’s break', () => {
  it('leaves the break as it was for the person who took it', async () => {
    const { sarah, john, roomId, before } = await breakThenSafetyPause();
    const after = await getRoom(sarah, roomId);
    expect(after.break).toEqual(before.break);
    expect(after.break).toMatchObject({ started_by: sarah.user.id, reason: 'Back after lunch' });
    expect(after.safety_paused).toBe(false);
    expect(after.messages.length).toBe(before.messages.length);
    expect(await getRoom(john, roomId)).toMatchObject({ phase: 'on_break', safety_paused: true });
  });

  it('holds the session paused when the break ends first, until the concern’s author resumes', async () => {
    const { sarah, john, roomId } = await breakThenSafetyPause();
    expect((await resume(sarah, roomId)).statusCode).toBe(200);
    const sarahSees = await getRoom(sarah, roomId);
    expect(sarahSees).toMatchObject({ phase: 'on_break', safety_paused: false });
    expect(sarahSees.break).toMatchObject({ started_by: null, reason: null });
    expect(sarahSees.messages.some((m: { kind: string }) => m.kind === 'safety')).toBe(false);
    // Now it reads to Sarah as any pause that is not hers to end.
    expect(json(await resume(sarah, roomId)).error.code).toBe('paused_by_other');

    expect((await resume(john, roomId)).statusCode).toBe(200);
    expect((await getRoom(sarah, roomId)).phase).toBe('active');
  });

  it('leaves the other person’s break running when the concern’s author resumes first', async () => {
    const { sarah, john, roomId, before } = await breakThenSafetyPause();
    expect((await resume(john, roomId)).statusCode).toBe(200);
    const after = await getRoom(sarah, roomId);
    expect(after).toMatchObject({ phase: 'on_break', break: before.break });
    expect(after.messages.length).toBe(before.messages.length);
    expect((await resume(sarah, roomId)).statusCode).toBe(200);
    expect((await getRoom(john, roomId)).phase).toBe('active');
  });
});
