import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { toMessageView } from './message-view.js';
import { loadRoomFor } from './room-access.js';
import { recordRoomEvents } from './room-events.js';

/**
 * Ends a break: the phase goes back to `active` and the turn stays with whoever had it.
 * A pause for safety can only be lifted by the person it protects.
 */
export async function resumeRoom(services: Services, actor: Actor, roomId: string): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase !== 'on_break') throw errors.roomNotOnBreak();
    if (room.safety_paused_by && room.safety_paused_by !== actor.userId)
      throw errors.safetyPauseHeld();
    const name = participants.find((p) => p.user_id === actor.userId)?.name ?? 'A participant';
    const now = new Date();
    await trx
      .updateTable('rooms')
      .set({
        phase: 'active',
        break_reason: null,
        break_started_at: null,
        break_started_by: null,
        safety_paused_by: null,
        updated_at: now,
        last_activity_at: now,
      })
      .where('id', '=', room.id)
      .execute();
    const notice = await trx
      .insertInto('messages')
      .values({
        room_id: room.id,
        author_kind: 'system',
        author_user_id: actor.userId,
        kind: 'notice',
        body: `${name} resumed the session.`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordRoomEvents(trx, [
      { roomId: room.id, type: 'message', data: toMessageView(notice) },
      { roomId: room.id, type: 'phase', data: { phase: 'active' } },
    ]);
  });
}
