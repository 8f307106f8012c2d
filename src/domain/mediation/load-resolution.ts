/** A resolved room's agreement, for its participants (the JSON resolution and the PDF). */
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { RoomRow } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { type AgreementDraftView, acceptedDraftOf, loadDraft } from './agreement-drafts.js';
import { loadRoomFor, type RoomParticipant } from './room-access.js';

export interface Resolution {
  room: RoomRow;
  resolvedAt: Date;
  agreement: {
    id: string;
    text: string;
    finalized_by: string | null;
    draft_id: string | null;
    created_at: Date;
  };
  participants: RoomParticipant[];
  /** The draft both confirmed; null for an agreement finalized directly (no draft). */
  acceptedDraft: AgreementDraftView | null;
}

/** Loads the agreement of a room the actor takes part in; 409 until the room is resolved. */
export async function loadResolution(db: Db, actor: Actor, roomId: string): Promise<Resolution> {
  const { room, participants } = await loadRoomFor(db, actor, roomId);
  const agreement = await db
    .selectFrom('agreements')
    .select(['id', 'text', 'finalized_by', 'draft_id', 'created_at'])
    .where('room_id', '=', room.id)
    .executeTakeFirst();
  if (room.phase !== 'resolved' || !agreement || !room.resolved_at) throw errors.notResolved();
  const acceptedDraft = agreement.draft_id
    ? ((await loadDraft(db, room.id, agreement.draft_id)) ?? null)
    : await acceptedDraftOf(db, room.id);
  return { room, resolvedAt: room.resolved_at, agreement, participants, acceptedDraft };
}
