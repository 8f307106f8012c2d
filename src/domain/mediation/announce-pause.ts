/**
 * What the room and the other person learn when the session pauses. A break and a safety pause
 * are announced by this one function, so the other person sees and hears exactly the same in
 * both cases and can never tell why it paused.
 */
import { notify } from '../../notifications/notify.js';
import { SESSION_PAUSED_NOTICE, sessionPausedNotice } from '../../safety/safety-reply.js';
import type { Db } from '../../storage/database.js';
import { postSystemNotice } from './system-notice.js';

/** Tells the room it is paused (a neutral notice and phase event) and notifies the others. */
export async function announcePause(
  trx: Db,
  input: { roomId: string; pausedBy: string; at: Date; coalesceMs: number },
): Promise<void> {
  const others = await trx
    .selectFrom('participants')
    .select('user_id')
    .where('room_id', '=', input.roomId)
    .where('user_id', '!=', input.pausedBy)
    .execute();
  await notify(
    trx,
    others.map((o) => ({
      userId: o.user_id,
      roomId: input.roomId,
      kind: 'paused' as const,
      actorName: '',
    })),
    input.coalesceMs,
  );
  await postSystemNotice(trx, {
    roomId: input.roomId,
    body: SESSION_PAUSED_NOTICE,
    inLanguage: sessionPausedNotice,
    alsoRecord: [
      {
        roomId: input.roomId,
        type: 'phase',
        data: { phase: 'on_break', started_at: input.at.toISOString() },
      },
    ],
  });
}
