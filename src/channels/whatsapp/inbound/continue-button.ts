/** The "Continue" reply button on notices: its id names the room it is about. */
import type { Db } from '../../../storage/database.js';

export const CONTINUE_PREFIX = 'continue:';

/** The room a tapped "Continue" points to, if the person with this number takes part in it. */
export async function continueTarget(
  trx: Db,
  waId: string,
  choiceId: string | null,
): Promise<{ id: string; title: string } | undefined> {
  if (!choiceId?.startsWith(CONTINUE_PREFIX)) return undefined;
  const roomId = choiceId.slice(CONTINUE_PREFIX.length);
  if (!/^[0-9a-f-]{36}$/i.test(roomId)) return undefined;
  return trx
    .selectFrom('rooms')
    .innerJoin('participants', 'participants.room_id', 'rooms.id')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['rooms.id', 'rooms.title'])
    .where('rooms.id', '=', roomId)
    .where('users.phone_number', '=', `+${waId}`)
    .executeTakeFirst();
}
