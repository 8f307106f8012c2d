/** Loading a room on behalf of someone, with the 404 / 403 rules of the API. */
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { ParticipantRole, RoomRow } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RoomParticipant {
  user_id: string;
  name: string;
  role: ParticipantRole;
  is_guest: boolean;
  joined_at: Date;
}

export interface RoomWithParticipants {
  room: RoomRow;
  participants: RoomParticipant[];
}

/** True when the string can be a room id (anything else is simply "not found"). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Loads a room the actor takes part in: 404 when it does not exist, 403 when they are not a
 * participant or their guest token belongs to another room. `forUpdate` locks the room row so
 * concurrent changes to one room happen one after another.
 */
export async function loadRoomFor(
  db: Db,
  actor: Actor,
  roomId: string,
  options: { forUpdate?: boolean } = {},
): Promise<RoomWithParticipants> {
  if (!isUuid(roomId)) throw errors.roomNotFound();
  let query = db.selectFrom('rooms').selectAll().where('id', '=', roomId);
  if (options.forUpdate) query = query.forUpdate();
  const room = await query.executeTakeFirst();
  if (!room) throw errors.roomNotFound();
  if (actor.roomScope !== null && actor.roomScope !== roomId) throw errors.notParticipant();
  const participants = await loadParticipants(db, roomId);
  if (!participants.some((p) => p.user_id === actor.userId)) throw errors.notParticipant();
  return { room, participants };
}

/** The room's participants, owner first. */
export async function loadParticipants(db: Db, roomId: string): Promise<RoomParticipant[]> {
  return db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select([
      'participants.user_id',
      'users.name',
      'participants.role',
      'users.is_guest',
      'participants.joined_at',
    ])
    .where('participants.room_id', '=', roomId)
    .orderBy('participants.joined_at')
    .execute();
}

/** The participant who is not `userId` (the other side), if they have joined. */
export function otherParticipant(
  participants: RoomParticipant[],
  userId: string,
): RoomParticipant | undefined {
  return participants.find((p) => p.user_id !== userId);
}
