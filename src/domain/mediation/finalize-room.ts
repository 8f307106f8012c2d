import { errors } from '../../errors.js';
import { notify } from '../../notifications/notify.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { Actor } from '../accounts/tokens.js';
import { loadRoomFor, otherParticipant, type RoomWithParticipants } from './room-access.js';
import { recordRoomEvents } from './room-events.js';

export interface AgreementView {
  id: string;
  text: string;
  finalized_by: string | null;
  created_at: string;
}

/** Resolves the room with the agreement both people reached. */
export async function finalizeRoom(
  services: Services,
  actor: Actor,
  roomId: string,
  agreementText: string,
): Promise<AgreementView> {
  const text = agreementText.trim();
  if (text.length === 0)
    throw errors.invalidInput('agreement_text is empty. Write what you agreed.');
  const agreement = await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'waiting') throw errors.roomWaiting();
    // Any pause (a break or a safety pause alike) holds the agreement, with one neutral answer.
    if (room.phase === 'on_break') throw errors.roomOnBreak();
    return resolveRoom(trx, services, { room, participants }, text, actor.userId);
  });
  services.metrics.roomsResolved.inc();
  return agreement;
}

/** Records the agreement and resolves the (locked) room, inside the caller's transaction. */
export async function resolveRoom(
  trx: Db,
  services: Pick<Services, 'config'>,
  { room, participants }: RoomWithParticipants,
  text: string,
  finalizedBy: string,
): Promise<AgreementView> {
  const now = new Date();
  const row = await trx
    .insertInto('agreements')
    .values({ room_id: room.id, text, finalized_by: finalizedBy })
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
export function toAgreementView(row: {
  id: string;
  text: string;
  finalized_by: string | null;
  created_at: Date;
}): AgreementView {
  return {
    id: row.id,
    text: row.text,
    finalized_by: row.finalized_by,
    created_at: row.created_at.toISOString(),
  };
}
