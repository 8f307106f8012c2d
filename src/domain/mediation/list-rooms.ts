import type { Db } from '../../storage/database.js';
import type { Actor } from '../accounts/tokens.js';
import { loadParticipants } from './room-access.js';
import { type RoomSummaryView, toRoomSummary } from './room-view.js';

/** The rooms the actor takes part in, most recently active first (a guest: only their room). */
export async function listRooms(db: Db, actor: Actor): Promise<RoomSummaryView[]> {
  let query = db
    .selectFrom('rooms')
    .innerJoin('participants', 'participants.room_id', 'rooms.id')
    .selectAll('rooms')
    .where('participants.user_id', '=', actor.userId)
    .orderBy('rooms.last_activity_at', 'desc')
    .limit(200);
  if (actor.roomScope) query = query.where('rooms.id', '=', actor.roomScope);
  const rooms = await query.execute();
  return Promise.all(
    rooms.map(async (room) =>
      toRoomSummary(db, room, await loadParticipants(db, room.id), actor.userId),
    ),
  );
}
