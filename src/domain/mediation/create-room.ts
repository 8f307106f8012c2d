import type { Db } from '../../storage/database.js';
import type { RoomRow } from '../../storage/schema.js';
import { createInvite } from './invites.js';

export interface NewRoom {
  title?: string;
  topic?: string;
  /** False: no join link yet (the person chooses how to invite); default true (the API's). */
  invite_link?: boolean;
}

/**
 * Creates a room with its owner as the first participant and a link invite for the other (unless declined); inside
 * the caller's transaction when `db` is one (a chat step commits its room with its replies).
 */
export async function createRoom(
  db: Db,
  ownerId: string,
  input: NewRoom,
): Promise<{ room: RoomRow; inviteToken: string | null }> {
  const inTransaction = (
    work: (trx: Db) => Promise<{ room: RoomRow; inviteToken: string | null }>,
  ) => (db.isTransaction ? work(db) : db.transaction().execute(work));
  return inTransaction(async (trx) => {
    const room = await trx
      .insertInto('rooms')
      .values({
        title: input.title?.trim() || 'Our mediation',
        topic: input.topic?.trim() || null,
        owner_user_id: ownerId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('participants')
      .values({ room_id: room.id, user_id: ownerId, role: 'owner' })
      .execute();
    if (input.invite_link === false) return { room, inviteToken: null };
    const { token } = await createInvite(trx, { roomId: room.id, createdBy: ownerId });
    return { room, inviteToken: token };
  });
}
