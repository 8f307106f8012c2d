/**
 * The joint session starts only once both people have been screened privately (and neither
 * outcome was "stop"): then the room becomes active, the owner speaks first, and the mediator's
 * opening is queued in the same transaction.
 */
import { enqueueJob } from '../../jobs/enqueue.js';
import type { Db } from '../../storage/database.js';
import type { RoomRow } from '../../storage/schema.js';
import { mediatorOpeningJob } from './mediator-jobs.js';
import { recordRoomEvents } from './room-events.js';

/** Starts the joint session if both participants are screened; else the room waits in `screening`. */
export async function startJointSessionIfScreened(
  trx: Db,
  room: Pick<RoomRow, 'id' | 'owner_user_id' | 'phase'>,
): Promise<boolean> {
  const participants = await trx
    .selectFrom('participants')
    .select('user_id')
    .where('room_id', '=', room.id)
    .execute();
  const screened = await Promise.all(
    participants.map(async (p) => {
      const latest = await trx
        .selectFrom('safety_screenings')
        .select(['status', 'outcome'])
        .where('room_id', '=', room.id)
        .where('user_id', '=', p.user_id)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return latest?.status === 'done' && latest.outcome !== 'stop';
    }),
  );
  const ready = participants.length === 2 && screened.every(Boolean);
  const now = new Date();
  if (!ready) {
    if (participants.length === 2 && room.phase === 'waiting') {
      await trx
        .updateTable('rooms')
        .set({ phase: 'screening', updated_at: now, last_activity_at: now })
        .where('id', '=', room.id)
        .execute();
      await recordRoomEvents(trx, [
        { roomId: room.id, type: 'phase', data: { phase: 'screening' } },
      ]);
    }
    return false;
  }
  await trx
    .updateTable('rooms')
    .set({
      phase: 'active',
      current_turn_user_id: room.owner_user_id,
      updated_at: now,
      last_activity_at: now,
    })
    .where('id', '=', room.id)
    .execute();
  await recordRoomEvents(trx, [
    { roomId: room.id, type: 'phase', data: { phase: 'active', started: true } },
    { roomId: room.id, type: 'turn', data: { current_turn_user_id: room.owner_user_id } },
  ]);
  await enqueueJob(
    trx,
    mediatorOpeningJob,
    { room_id: room.id },
    { jobKey: `mediator-opening:${room.id}` },
  );
  return true;
}
