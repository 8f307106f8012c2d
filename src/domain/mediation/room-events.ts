/**
 * The room's change feed. Every change is written as an event in the same transaction as the
 * change itself, and announced with NOTIFY (delivered at commit), so live viewers on any server
 * hear about it and a reconnecting viewer can catch up from the last event id it saw.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { ROOM_EVENTS_CHANNEL } from '../../storage/room-event-feed.js';
import type { RoomEventInput } from './room-event.js';
import { announceRoomEvents } from './room-event-subscribers.js';

export type { RoomEventInput } from './room-event.js';

/**
 * Appends events to the room's feed (inside the caller's transaction). The room's row is locked
 * first (most callers already hold it), so one room's events commit in the order of their ids:
 * readers that follow the feed by id (the chat relay, live viewers) never pass over an event
 * that commits after a later one, and each person reads the room in the order it happened.
 */
export async function recordRoomEvents(trx: Db, events: RoomEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const roomIds = [...new Set(events.map((e) => e.roomId))].sort();
  await trx
    .selectFrom('rooms')
    .select('id')
    .where('id', 'in', roomIds)
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
  await trx
    .insertInto('room_events')
    .values(
      events.map((e) => ({
        room_id: e.roomId,
        type: e.type,
        data: JSON.stringify(e.data),
        visible_to_user_id: e.visibleTo ?? null,
      })),
    )
    .execute();
  const rooms = new Set(events.map((e) => e.roomId));
  for (const roomId of rooms) {
    await sql`select pg_notify(${ROOM_EVENTS_CHANNEL}, ${roomId})`.execute(trx);
    // Front ends that follow the room (the WhatsApp relay) queue their work in this transaction.
    await announceRoomEvents(trx, roomId);
  }
}
