/**
 * The other person never learns why the session paused: after a safety pause everything they can
 * see (the room, its event feed, the answers to what they try, their notices) is the same as
 * during an ordinary break the first person took and only that person can end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, type Person, respond } from './helpers/factories.js';
import { eventually, json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DISCLOSURE = "I'm scared of him. Last week he hit me when I said no.";

type Pause = 'break' | 'break with a reason' | 'flagged message' | 'safety button';

/** Reads the event stream from `after` until it goes quiet; returns the events' names and data. */
async function eventsAfter(roomId: string, person: Person, after: number) {
  const controller = new AbortController();
  const response = await fetch(`${t.url}/api/rooms/${roomId}/events?after=${after}`, {
    headers: person.auth,
    signal: controller.signal,
  });
  let buffer = '';
  const decoder = new TextDecoder();
  let quiet = setTimeout(() => controller.abort(), 1500);
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      clearTimeout(quiet);
      quiet = setTimeout(() => controller.abort(), 700);
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(quiet);
  }
  return buffer
    .split('\n\n')
    .map((block) => {
      const lines = block.split('\n').filter((l) => l && !l.startsWith(':'));
      const field = (name: string) =>
        lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 2);
      const data = field('data');
      return data ? { event: field('event') ?? 'message', data: JSON.parse(data) } : null;
    })
    .filter((e) => e !== null);
}

/** Ids, times and event numbers differ between rooms; what they are for does not. */
function normalise(value: unknown, names: Map<string, string>): unknown {
  let textForm = JSON.stringify(value);
  for (const [id, label] of names) textForm = textForm.replaceAll(id, label);
  textForm = textForm
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/"last_event_id":\d+/g, '"last_event_id":0');
  return JSON.parse(textForm);
}

/** Sarah pauses in one of the ways; everything John sees and hears afterwards. */
async function whatJohnSees(pause: Pause) {
  const { owner: sarah, guest: john, roomId } = await activeRoom(t.app);
  const names = new Map([
    [sarah.user.id, '<sarah>'],
    [john.user.id, '<john>'],
    [roomId, '<room>'],
  ]);
  // Once the mediator has opened, nothing else is on its way.
  const before = await eventually(async () => {
    const view = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: john.auth }),
    );
    return view.messages.some((m: { kind: string }) => m.kind === 'opening') ? view : undefined;
  });
  const noticesBefore = await noticeCount(john);

  if (pause === 'break' || pause === 'break with a reason') {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/break`,
      headers: sarah.auth,
      payload: pause === 'break' ? {} : { reason: 'I need ten minutes' },
    });
    expect(response.statusCode).toBe(200);
  } else if (pause === 'flagged message') {
    expect(json(await respond(t.app, sarah, roomId, DISCLOSURE)).safety_pause).toBe(true);
  } else {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/rooms/${roomId}/safety-pause`,
      headers: sarah.auth,
    });
    expect(response.statusCode).toBe(200);
  }

  const room = json(
    await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: john.auth }),
  );
  const events = await eventsAfter(roomId, john, before.last_event_id);
  const resume = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/resume`,
    headers: john.auth,
  });
  const speak = await respond(t.app, john, roomId, 'Are you still there?');
  const hold = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/main-room/hold`,
    headers: john.auth,
    payload: { message: 'Are you still there?' },
  });
  const notices = await t.services.db
    .selectFrom('notices')
    .select(['kind', 'data'])
    .where('user_id', '=', john.user.id)
    .orderBy('created_at')
    .offset(noticesBefore)
    .execute();
  // Sarah (only she) ends it.
  const sarahResumes = await t.app.inject({
    method: 'POST',
    url: `/api/rooms/${roomId}/resume`,
    headers: sarah.auth,
  });
  expect(sarahResumes.statusCode).toBe(200);
  return normalise(
    {
      room: { ...room, messages: room.messages.slice(before.messages.length) },
      events,
      resume: { status: resume.statusCode, body: json(resume) },
      speak: { status: speak.statusCode, body: json(speak) },
      hold: { status: hold.statusCode, body: { ...json(hold), id: '<id>' } },
      notices,
    },
    names,
  );
}

async function noticeCount(person: Person): Promise<number> {
  const rows = await t.services.db
    .selectFrom('notices')
    .select('id')
    .where('user_id', '=', person.user.id)
    .execute();
  return rows.length;
}

describe('a pause, as the other person sees it', () => {
  it('is the same for a break and a safety pause: room, events, errors and notices', async () => {
    const brk = await whatJohnSees('break');
    const withReason = await whatJohnSees('break with a reason');
    const flagged = await whatJohnSees('flagged message');
    const button = await whatJohnSees('safety button');
    expect(flagged).toEqual(brk);
    expect(button).toEqual(brk);
    expect(withReason).toEqual(brk);

    const seen = JSON.stringify(brk);
    // `safety_paused` is an API field, false for everyone but the person who paused.
    expect(seen).not.toMatch(/safety(?!_paused":false)|scared|helpline|paused":true/i);
    expect((brk as { resume: { status: number } }).resume.status).toBe(409);
    expect((brk as { room: { phase: string } }).room.phase).toBe('on_break');
  }, 60_000);

  it('tells the person who paused that only they can resume, whichever way they paused', async () => {
    for (const pause of ['break', 'flagged message'] as const) {
      const { owner: sarah, roomId } = await activeRoom(t.app);
      if (pause === 'break') {
        await t.app.inject({
          method: 'POST',
          url: `/api/rooms/${roomId}/break`,
          headers: sarah.auth,
          payload: { reason: 'I need ten minutes' },
        });
      } else {
        await respond(t.app, sarah, roomId, DISCLOSURE);
      }
      const mine = json(
        await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: sarah.auth }),
      );
      expect(mine.break.started_by).toBe(sarah.user.id);
      if (pause === 'break') expect(mine.break.reason).toBe('I need ten minutes');
      expect(mine.safety_paused).toBe(pause !== 'break');
    }
  });
});
