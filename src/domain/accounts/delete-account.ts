/**
 * Erases an account, completely, in one transaction. What goes: the user row and every token
 * (so every session ends at once), sign-in links, notices, presence, private messages, held
 * messages and answers to drafts (by cascade); their WhatsApp chat (contact, what they wrote, the
 * raw deliveries, every message sent to them, conversations opened); emails to them; invites they
 * sent; jobs and job queues that name them. Rooms where they were alone go whole. In a room shared
 * with someone else the room stays that person's (see `erase-from-shared-room.ts`), and every
 * copy of them kept with others — relayed words in the other's chat, notices, drafts, emails,
 * links — loses their words, name, number and secrets. The other person's own words stay theirs.
 * Running it again for an account already gone does nothing.
 */
import { sql } from 'kysely';
import { eraseJobsMentioning } from '../../jobs/erase-jobs.js';
import { LOCKS } from '../../storage/advisory-lock.js';
import type { Db } from '../../storage/database.js';
import { deleteOwnChannels, eraseFromOthersChannels } from './erase-channel-traces.js';
import { eraseFromSharedRoom } from './erase-from-shared-room.js';
import { erasureSubject } from './erased-person.js';
import { scrubberFor } from './erasure-scrubber.js';

export { REMOVED_TEXT } from './erasure-scrubber.js';

/** The exact confirmation the request must carry. */
export const DELETE_CONFIRMATION = 'delete my account';

/** Deletes the account in one transaction; returns how many rooms were deleted and kept. */
export async function deleteAccount(
  db: Db,
  userId: string,
): Promise<{ roomsDeleted: number; roomsKept: number; jobsRemoved: number }> {
  return db.transaction().execute(async (trx) => {
    // Rooms first, then the person: the order every room action takes its locks in (a turn
    // locks its room, then its rows point at the person), so deletion cannot deadlock with one.
    const rooms = await trx
      .selectFrom('participants')
      .select('room_id')
      .where('user_id', '=', userId)
      .execute();
    if (rooms.length > 0) {
      await trx
        .selectFrom('rooms')
        .select('id')
        .where(
          'id',
          'in',
          rooms.map((r) => r.room_id),
        )
        .orderBy('id')
        .forUpdate()
        .execute();
    }
    const locked = await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    const subject = locked && (await erasureSubject(trx, userId));
    if (!subject) return { roomsDeleted: 0, roomsKept: 0, jobsRemoved: 0 };
    // A delivery to them in flight finishes first, so it cannot write after they are gone.
    for (const waId of subject.waIds) {
      await sql`select pg_advisory_xact_lock(${LOCKS.whatsappRecipient}, hashtext(${waId}))`.execute(
        trx,
      );
    }
    const scrub = scrubberFor(subject);
    const others = await othersInRooms(trx, subject.roomIds, userId);
    await eraseFromOthersChannels(trx, scrub, subject, others);

    let roomsDeleted = 0;
    for (const roomId of subject.roomIds) {
      const other = others.byRoom.get(roomId);
      if (!other) {
        await trx.deleteFrom('rooms').where('id', '=', roomId).execute();
        roomsDeleted++;
      } else {
        await eraseFromSharedRoom(trx, scrub, { roomId, userId, other });
      }
    }
    await deleteOwnChannels(trx, subject);
    const jobsRemoved = await eraseJobsMentioning(trx, [
      ...subject.waIds,
      ...subject.chatIds,
      userId,
    ]);
    // Tokens, participant rows, notices, sign-in links, held messages, answers to drafts, safety
    // flags and private messages follow by cascade; invites they sent go too.
    await trx.deleteFrom('users').where('id', '=', userId).execute();
    return { roomsDeleted, roomsKept: subject.roomIds.length - roomsDeleted, jobsRemoved };
  });
}

/** The other person in each shared room, and how to reach the others (their copies are scrubbed). */
async function othersInRooms(trx: Db, roomIds: string[], userId: string) {
  const rows =
    roomIds.length === 0
      ? []
      : await trx
          .selectFrom('participants')
          .innerJoin('users', 'users.id', 'participants.user_id')
          .select(['participants.room_id', 'users.id', 'users.email', 'users.phone_number'])
          .where('participants.room_id', 'in', roomIds)
          .where('participants.user_id', '!=', userId)
          .execute();
  const userIds = [...new Set(rows.map((r) => r.id))];
  const contacts =
    userIds.length === 0
      ? []
      : await trx
          .selectFrom('whatsapp_contacts')
          .select('wa_id')
          .where('user_id', 'in', userIds)
          .execute();
  const waIds = new Set(contacts.map((c) => c.wa_id));
  for (const r of rows) if (r.phone_number) waIds.add(r.phone_number.replace(/^\+/, ''));
  return {
    byRoom: new Map(rows.map((r) => [r.room_id, r.id])),
    userIds,
    waIds: [...waIds],
    emails: rows.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])),
  };
}
