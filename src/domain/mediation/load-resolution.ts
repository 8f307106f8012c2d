/** A resolved room's agreement, for its participants (the JSON resolution and the PDF). */
import { errors } from '../../errors.js';
import type { Db } from '../../storage/database.js';
import type { RoomRow } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { localeOfUser } from '../accounts/user-locale.js';
import {
  type AgreementDraftView,
  acceptedDraftOf,
  agreementInLocale,
  inLocale,
  loadDraft,
} from './agreement-drafts.js';
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
  const recorded = agreement.draft_id
    ? ((await loadDraft(db, room.id, agreement.draft_id)) ?? null)
    : await acceptedDraftOf(db, room.id);
  // Each person reads (and downloads) the agreement in their own language when the mediator
  // wrote it in theirs; the record both confirmed is the same text in another language.
  const locale = await localeOfUser(db, actor.userId);
  const versions = recorded
    ? (
        await db
          .selectFrom('agreement_drafts')
          .select('versions')
          .where('id', '=', recorded.id)
          .executeTakeFirst()
      )?.versions
    : undefined;
  const { text } = agreementInLocale(
    agreement.text,
    recorded ? { ...recorded, versions: versions ?? null } : null,
    locale,
  );
  const acceptedDraft = recorded ? inLocale(recorded, versions, locale) : null;
  return {
    room,
    resolvedAt: room.resolved_at,
    agreement: { ...agreement, text },
    participants,
    acceptedDraft,
  };
}
