/**
 * Erases an account. What goes: the user row, every token (so every session ends at once), the
 * words they wrote in any room (replaced by a neutral line, as are the mediator's replies that
 * reflected them), their private messages and notices, the invites they sent, invites' record
 * of their number or email, their WhatsApp contact with everything they wrote to the number and
 * every message sent to it, and emails to their address. Rooms where they were alone go whole.
 * In a room shared with someone else the room stays theirs: ownership passes to them, the
 * agreement they reached keeps its text, and an unfinished mediation waits for a new person.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { postSystemNotice } from '../mediation/system-notice.js';
import { accountIdentities } from './account-identities.js';

/** What replaces a deleted person's words in rooms they shared. */
export const REMOVED_TEXT = '[removed at this person’s request]';

/** The exact confirmation the request must carry. */
export const DELETE_CONFIRMATION = 'delete my account';

/** Deletes the account in one transaction; returns how many rooms were deleted and kept. */
export async function deleteAccount(
  db: Db,
  userId: string,
): Promise<{ roomsDeleted: number; roomsKept: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
    const { waIds, email, phoneNumber } = await accountIdentities(trx, userId);
    const roomIds = (
      await trx.selectFrom('participants').select('room_id').where('user_id', '=', userId).execute()
    ).map((r) => r.room_id);

    let roomsDeleted = 0;
    for (const roomId of roomIds) {
      const others = await trx
        .selectFrom('participants')
        .select('user_id')
        .where('room_id', '=', roomId)
        .where('user_id', '!=', userId)
        .execute();
      const other = others[0]?.user_id;
      if (!other) {
        await trx.deleteFrom('rooms').where('id', '=', roomId).execute();
        roomsDeleted++;
      } else {
        await leaveSharedRoom(trx, roomId, userId, other);
      }
    }
    // Rooms owned but never joined by them cannot exist (the owner is always a participant).

    await trx
      .updateTable('invites')
      .set({ recipient_phone: null })
      .where('recipient_phone', '=', phoneNumber ?? '')
      .execute();
    if (email) {
      await trx
        .updateTable('invites')
        .set({ recipient_email: null })
        .where((eb) => eb(eb.fn('lower', ['recipient_email']), '=', email.toLowerCase()))
        .execute();
      await trx
        .deleteFrom('emails')
        .where((eb) => eb(eb.fn('lower', ['to_address']), '=', email.toLowerCase()))
        .execute();
    }
    if (waIds.length > 0) {
      // Inbound messages go with the contact (foreign key); the rest is keyed by wa_id only.
      await trx.deleteFrom('whatsapp_contacts').where('wa_id', 'in', waIds).execute();
      await trx.deleteFrom('whatsapp_messages').where('wa_id', 'in', waIds).execute();
      await trx.deleteFrom('whatsapp_webhook_events').where('wa_id', 'in', waIds).execute();
      await trx.deleteFrom('whatsapp_conversations_opened').where('wa_id', 'in', waIds).execute();
    }
    // Tokens, participant rows, notices, safety flags and private messages follow by cascade.
    await trx.deleteFrom('users').where('id', '=', userId).execute();
    return { roomsDeleted, roomsKept: roomIds.length - roomsDeleted };
  });
}

async function leaveSharedRoom(trx: Db, roomId: string, userId: string, other: string) {
  const room = await trx
    .selectFrom('rooms')
    .select(['owner_user_id', 'phase'])
    .where('id', '=', roomId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (room.owner_user_id === userId) {
    await trx.updateTable('rooms').set({ owner_user_id: other }).where('id', '=', roomId).execute();
    await trx
      .updateTable('participants')
      .set({ role: 'owner' })
      .where('room_id', '=', roomId)
      .where('user_id', '=', other)
      .execute();
  }
  // Their words, and the mediator's replies to them (which reflect those words back).
  const theirs = await trx
    .selectFrom('messages')
    .select('id')
    .where('room_id', '=', roomId)
    .where('author_user_id', '=', userId)
    .where('author_kind', '=', 'participant')
    .execute();
  const ids = theirs.map((m) => m.id);
  if (ids.length > 0) {
    const replies = await trx
      .selectFrom('messages')
      .select('id')
      .where('reply_to_message_id', 'in', ids)
      .where('author_kind', '=', 'mediator')
      .execute();
    const removed = [...ids, ...replies.map((r) => r.id)];
    await trx
      .updateTable('messages')
      .set({ body: REMOVED_TEXT })
      .where('id', 'in', removed)
      .execute();
    // The live feed keeps a copy of each message for catching up; it must not keep the words.
    await sql`
      update room_events set data = jsonb_set(data, '{text}', to_jsonb(${REMOVED_TEXT}::text))
      where room_id = ${roomId} and type = 'message' and data->>'id' = any(${removed}::text[])
    `.execute(trx);
  }
  if (room.phase !== 'resolved') {
    await trx
      .updateTable('rooms')
      .set({
        phase: 'waiting',
        current_turn_user_id: null,
        break_reason: null,
        break_started_at: null,
        break_started_by: null,
        safety_paused_by: null,
        updated_at: new Date(),
      })
      .where('id', '=', roomId)
      .execute();
  }
  await postSystemNotice(trx, {
    roomId,
    body: 'The other person deleted their Meedi8 account; what they wrote here was removed at their request.',
    alsoRecord:
      room.phase === 'resolved' ? [] : [{ roomId, type: 'phase', data: { phase: 'waiting' } }],
  });
}
