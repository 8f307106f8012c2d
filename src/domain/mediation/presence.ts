/**
 * Presence: when a participant last had their room in front of them (the live event stream,
 * reading the room, writing in it). Notices about things they have already seen are not sent.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';

/** How stale a stored "last seen" may be before it is written again (keeps reads cheap). */
const WRITE_EVERY_MS = 10_000;

/** Records that `userId` is looking at `roomId` now. */
export async function markSeen(db: Db, roomId: string, userId: string): Promise<void> {
  await db
    .updateTable('participants')
    .set({ last_seen_at: sql`now()` })
    .where('room_id', '=', roomId)
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('last_seen_at', 'is', null),
        eb('last_seen_at', '<', new Date(Date.now() - WRITE_EVERY_MS)),
      ]),
    )
    .execute();
}

/** True when the person looked at the room after the thing they would be told about happened. */
export function seenSince(lastSeenAt: Date | null, happenedAt: Date): boolean {
  return lastSeenAt !== null && lastSeenAt.getTime() >= happenedAt.getTime();
}
