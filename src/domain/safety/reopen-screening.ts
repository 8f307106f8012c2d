import type { Db } from '../../storage/database.js';

/**
 * A message flagged later re-opens screening for its author, privately: they are asked the
 * questions again before the joint session can carry on (nothing changes for the other person
 * beyond the pause they already see).
 */
export async function reopenScreening(trx: Db, roomId: string, userId: string): Promise<void> {
  const latest = await latestScreening(trx, roomId, userId);
  if (latest?.status === 'open') return;
  await trx
    .insertInto('safety_screenings')
    .values({ room_id: roomId, user_id: userId, status: 'open', reason: 'flagged_message' })
    .execute();
}

/** The person's most recent screening in the room, if any. */
export async function latestScreening(db: Db, roomId: string, userId: string) {
  return db
    .selectFrom('safety_screenings')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
