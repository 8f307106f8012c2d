import { errors } from '../../errors.js';
import { notifyOthers } from '../../notifications/notify.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { loadRoomFor } from './room-access.js';
import { postSystemNotice } from './system-notice.js';

/** Pauses an active room for a break; both people see who asked, why and since when. */
export async function requestBreak(
  services: Services,
  actor: Actor,
  roomId: string,
  reason: string | undefined,
): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase !== 'active') throw errors.roomNotActive();
    const name = participants.find((p) => p.user_id === actor.userId)?.name ?? 'A participant';
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
    await notifyOthers(
      trx,
      {
        roomId: room.id,
        participantIds: participants.map((p) => p.user_id),
        actorId: actor.userId,
        actorName: name,
        kind: 'break_requested',
      },
      services.config.noticeCoalesceMs,
    );
    await postSystemNotice(trx, {
      roomId: room.id,
      authorUserId: actor.userId,
      body: cleanReason
        ? `${name} asked for a break: ${cleanReason}`
        : `${name} asked for a break.`,
      alsoRecord: [
        {
          roomId: room.id,
          type: 'phase',
          data: {
            phase: 'on_break',
            reason: cleanReason,
            started_by: actor.userId,
            started_at: now.toISOString(),
          },
        },
      ],
    });
  });
  services.metrics.breaks.inc({ reason: reason?.trim() ? 'given' : 'none' });
}
