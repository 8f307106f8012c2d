/**
 * Someone asks in plain words to write the agreement up. The first ask is passed on to the other
 * person (a notice in the room); when the other asks too, the mediator drafts it.
 */
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import type { AgreementDraftView } from './agreement-drafts.js';
import { draftAgreement } from './draft-agreement.js';
import { loadRoomFor, otherParticipant } from './room-access.js';
import { catalogueNotice, postSystemNotice } from './system-notice.js';

export type WriteUpOutcome =
  | { kind: 'drafted'; draft: AgreementDraftView }
  /** Waiting for the other person (named) to want it too. */
  | { kind: 'asked'; otherName: string };

/** Records the ask; drafts once both people have asked. */
export async function askToWriteUp(
  services: Services,
  actor: Actor,
  roomId: string,
): Promise<WriteUpOutcome> {
  const step = await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'waiting') throw errors.roomWaiting();
    if (room.phase === 'resolved') throw errors.roomResolved();
    const otherName = otherParticipant(participants, actor.userId)?.name ?? 'the other person';
    const askedBy = room.write_up_asked_by;
    if (askedBy && askedBy !== actor.userId) {
      await trx
        .updateTable('rooms')
        .set({ write_up_asked_by: null })
        .where('id', '=', room.id)
        .execute();
      return { kind: 'both' as const };
    }
    if (!askedBy) {
      await trx
        .updateTable('rooms')
        .set({ write_up_asked_by: actor.userId })
        .where('id', '=', room.id)
        .execute();
      const name = participants.find((p) => p.user_id === actor.userId)?.name ?? 'A participant';
      await postSystemNotice(trx, {
        roomId: room.id,
        authorUserId: actor.userId,
        ...catalogueNotice('room.write_up_asked', { name }),
      });
    }
    return { kind: 'asked' as const, otherName };
  });
  if (step.kind === 'asked') return step;
  return { kind: 'drafted', draft: await draftAgreement(services, actor, roomId) };
}

/** True when the other person has asked to write it up and is waiting for `userId`. */
export function otherAskedToWriteUp(
  room: { write_up_asked_by: string | null },
  userId: string,
): boolean {
  return room.write_up_asked_by !== null && room.write_up_asked_by !== userId;
}
