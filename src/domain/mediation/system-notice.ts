import type { Db } from '../../storage/database.js';
import type { MessageRow } from '../../storage/schema.js';
import { toMessageView } from './message-view.js';
import { type RoomEventInput, recordRoomEvents } from './room-events.js';

/**
 * Posts a notice both participants see (a break, a resume, a pause) and records it with any
 * further events of the same change, inside the caller's transaction.
 */
export async function postSystemNotice(
  trx: Db,
  input: {
    roomId: string;
    body: string;
    authorUserId?: string | null;
    alsoRecord?: RoomEventInput[];
  },
): Promise<MessageRow> {
  const notice = await trx
    .insertInto('messages')
    .values({
      room_id: input.roomId,
      author_kind: 'system',
      author_user_id: input.authorUserId ?? null,
      kind: 'notice',
      body: input.body,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordRoomEvents(trx, [
    { roomId: input.roomId, type: 'message', data: toMessageView(notice) },
    ...(input.alsoRecord ?? []),
  ]);
  return notice;
}
