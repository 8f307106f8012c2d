/** Resolving a room with the draft everyone confirmed. */
import { notify } from '../../notifications/notify.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import { type AgreementView, toAgreementView } from './agreement-view.js';
import { otherParticipant, type RoomWithParticipants } from './room-access.js';
import { recordRoomEvents } from './room-events.js';

/** Records the agreement and resolves the (locked) room, inside the caller's transaction. */
export async function resolveRoom(
  trx: Db,
  services: Pick<Services, 'config'>,
  { room, participants }: RoomWithParticipants,
  draft: { id: string; text: string },
  finalizedBy: string,
): Promise<AgreementView> {
  const now = new Date();
  const row = await trx
    .insertInto('agreements')
    .values({ room_id: room.id, text: draft.text, finalized_by: finalizedBy, draft_id: draft.id })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('rooms')
    .set({
      phase: 'resolved',
      stage: 'agreement',
      current_turn_user_id: null,
      break_reason: null,
      break_started_at: null,
      break_started_by: null,
      resolved_at: now,
      updated_at: now,
      last_activity_at: now,
    })
    .where('id', '=', room.id)
    .execute();
  await notify(
    trx,
    participants.map((p) => ({
      userId: p.user_id,
      roomId: room.id,
      kind: 'agreement_reached' as const,
      actorName: otherParticipant(participants, p.user_id)?.name ?? 'the other person',
    })),
    services.config.noticeCoalesceMs,
  );
  const view = toAgreementView(row);
  await recordRoomEvents(trx, [
    { roomId: room.id, type: 'agreement', data: view },
    {
      roomId: room.id,
      type: 'phase',
      data: { phase: 'resolved', resolved_at: now.toISOString() },
    },
  ]);
  return view;
}

/** Shapes an agreement row for the API. */
