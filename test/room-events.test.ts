/** The live event stream, over a real HTTP connection. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeRoom, respond } from './helpers/factories.js';
import { json, startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  base = t.url;
});
afterAll(async () => {
  await t?.close();
});

interface SseEvent {
  id: number;
  event: string;
  data: any;
}

/** Opens the stream and collects events until `done` says stop (or the time runs out). */
async function collect(
  roomId: string,
  headers: Record<string, string>,
  done: (events: SseEvent[]) => boolean,
  query = '',
): Promise<{ events: SseEvent[]; contentType: string | null }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 25_000);
  const response = await fetch(`${base}/api/rooms/${roomId}/events${query}`, {
    headers,
    signal: controller.signal,
  });
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block
            .split('\n')
            .filter((l) => l && !l.startsWith(':'))
            .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
        );
        if (fields.data)
          events.push({
            id: Number(fields.id),
            event: fields.event ?? 'message',
            data: JSON.parse(fields.data),
          });
        end = buffer.indexOf('\n\n');
      }
      if (done(events)) break;
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { events, contentType: response.headers.get('content-type') };
}

describe('GET /api/rooms/:room_id/events', () => {
  it('streams new messages and turn changes live', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    const room = json(
      await t.app.inject({ method: 'GET', url: `/api/rooms/${roomId}`, headers: guest.auth }),
    );
    const live = collect(
      roomId,
      { ...guest.auth, 'last-event-id': String(room.last_event_id) },
      (events) =>
        events.some(
          (e) => e.event === 'message' && e.data.author === 'mediator' && e.data.kind === 'reply',
        ),
    );
    await new Promise((r) => setTimeout(r, 300));
    await respond(t.app, owner, roomId, 'I would like us to agree on bedtimes.');
    const { events, contentType } = await live;
    expect(contentType).toContain('text/event-stream');
    expect(events.every((e) => e.id > room.last_event_id)).toBe(true);
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['message', 'turn']));
    const statement = events.find((e) => e.event === 'message' && e.data.author === 'participant');
    expect(statement?.data.text).toBe('I would like us to agree on bedtimes.');
    expect(events.find((e) => e.event === 'turn')?.data.current_turn_user_id).toBe(guest.user.id);
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('catches up from Last-Event-ID after a disconnect', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, 'First point.');
    const { events: all } = await collect(
      roomId,
      { ...guest.auth, 'last-event-id': '0' },
      (events) => events.some((e) => e.event === 'message' && e.data.text === 'First point.'),
    );
    expect(all[0]?.event).toBe('participant_joined');
    const resumeFrom = all.find((e) => e.data.text === 'First point.')!.id;
    const { events: rest } = await collect(
      roomId,
      guest.auth,
      (events) => events.some((e) => e.event === 'turn'),
      `?after=${resumeFrom}`,
    );
    expect(rest.every((e) => e.id > resumeFrom)).toBe(true);
    expect(rest.some((e) => e.data.text === 'First point.')).toBe(false);
  });

  it('never shows one person’s private messages to the other', async () => {
    const { owner, guest, roomId } = await activeRoom(t.app);
    await respond(t.app, owner, roomId, 'I am afraid of what he will do if I disagree.');
    const { events } = await collect(roomId, { ...guest.auth, 'last-event-id': '0' }, (events) =>
      events.some((e) => e.event === 'phase' && e.data.phase === 'on_break'),
    );
    const seen = JSON.stringify(events);
    expect(seen).not.toContain('what he will do');
    // The guest's own screening answer is private to them; nothing of the owner's is.
    expect(events.some((e) => e.data.private && e.data.kind !== 'screening')).toBe(false);
    const { events: ownEvents } = await collect(
      roomId,
      { ...owner.auth, 'last-event-id': '0' },
      (events) => events.some((e) => e.data.kind === 'safety'),
    );
    expect(JSON.stringify(ownEvents)).toContain('what he will do');
  });

  it('refuses strangers and bad resume ids', async () => {
    const { roomId } = await activeRoom(t.app);
    const other = await activeRoom(t.app);
    const forbidden = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/events`,
      headers: other.guest.auth,
    });
    expect(forbidden.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/rooms/${roomId}/events?after=abc`,
      headers: other.guest.auth,
    });
    expect(bad.statusCode).toBe(422);
  });
});
