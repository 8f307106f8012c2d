/** Where a person's private screening stands in a room, for the room view, turns and chats. */
import type { Static } from '@sinclair/typebox';
import type { ScreeningStatus } from '../../http/schemas/screening.js';
import type { Db } from '../../storage/database.js';
import { latestScreening } from './reopen-screening.js';

/** The API's `ScreeningStatus` (src/http/schemas/screening.ts). */
export type ScreeningView = Static<typeof ScreeningStatus>;

/** The viewer's own screening in the room. */
export async function screeningOf(db: Db, roomId: string, userId: string): Promise<ScreeningView> {
  const latest = await latestScreening(db, roomId, userId);
  if (!latest || latest.status === 'open') return { status: 'needed', outcome: null };
  return { status: 'done', outcome: latest.outcome };
}

/** True when the person's screening asked for care: the mediator summarises their words. */
export async function relayedAsSummary(db: Db, roomId: string, userId: string): Promise<boolean> {
  const latest = await db
    .selectFrom('safety_screenings')
    .select('outcome')
    .where('room_id', '=', roomId)
    .where('user_id', '=', userId)
    .where('status', '=', 'done')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.outcome === 'adapt';
}
