/**
 * Invites reach people on another person's word, so they are rationed: a person may send a few
 * an hour and a room a few a day. Counted in the database, so the limits hold on every server.
 */
import { errors } from '../errors.js';
import type { Db } from '../storage/database.js';

export const INVITES_PER_USER_PER_HOUR = 10;
export const INVITES_PER_ROOM_PER_DAY = 5;

/** Throws a 429 when the inviter or the room has sent too many invites lately. */
export async function checkInviteLimits(db: Db, userId: string, roomId: string): Promise<void> {
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const [byUser, byRoom] = await Promise.all([
    db
      .selectFrom('invites')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_by', '=', userId)
      .where('channel', '!=', 'link')
      .where('created_at', '>', hourAgo)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('invites')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('room_id', '=', roomId)
      .where('channel', '!=', 'link')
      .where('created_at', '>', dayAgo)
      .executeTakeFirstOrThrow(),
  ]);
  if (Number(byUser.n) >= INVITES_PER_USER_PER_HOUR) {
    throw errors.invitesPerPersonHour(INVITES_PER_USER_PER_HOUR);
  }
  if (Number(byRoom.n) >= INVITES_PER_ROOM_PER_DAY) {
    throw errors.invitesPerRoomDay(INVITES_PER_ROOM_PER_DAY);
  }
}
