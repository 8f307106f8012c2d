import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { announcePause } from './announce-pause.js';
import { loadRoomFor } from './room-access.js';

/**
 * Pauses an active room for a break. The other person learns only that the session is paused
 * (as for a safety pause, see `announce-pause.ts`); the reason stays with the person who asked,
 * and only they can resume.
 */
export async function requestBreak(
  services: Services,
  actor: Actor,
  roomId: string,
  reason: string | undefined,
): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    const { room } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase !== 'active') throw errors.roomNotActive();
    const cleanReason = reason?.trim() || null;
    const now = new Date();
    await trx
      .updateTable('rooms')
      .set({
        phase: 'on_break',
        break_reason: cleanReason,
        break_started_at: now,
        break_started_by: actor.userId,
        updated_at: now,
        last_activity_at: now,
      })
      .where('id', '=', room.id)
      .execute();
    await announcePause(trx, {
      roomId: room.id,
      pausedBy: actor.userId,
      at: now,
      coalesceMs: services.config.noticeCoalesceMs,
    });
  });
  services.metrics.breaks.inc({ reason: reason?.trim() ? 'given' : 'none' });
}
