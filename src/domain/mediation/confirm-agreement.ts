/**
 * Each person answers a draft by its id: confirm it, or ask for changes with a note. Only the
 * open draft can be answered (an answer to a replaced one is refused, showing the current one),
 * and the room is resolved only when everyone has confirmed that same draft.
 */
import { errors } from '../../errors.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { AgreementDecision } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { type AgreementDraftView, loadDraft, openDraftOf } from './agreement-drafts.js';
import type { AgreementView } from './agreement-view.js';
import { resolveRoom } from './finalize-room.js';
import { redraftJob } from './redraft-agreement.js';
import { loadRoomFor, type RoomWithParticipants } from './room-access.js';
import { recordRoomEvents } from './room-events.js';
import { catalogueNotice, postSystemNotice } from './system-notice.js';

export interface AgreementAnswer {
  decision: AgreementDecision;
  /** What should change (for `changes_requested`). */
  note?: string;
}

/** What an answer led to: the draft as it now stands and who has still to confirm it. */
export interface AnswerOutcome {
  resolved: boolean;
  phase: string;
  awaiting: { user_id: string; name: string }[];
  draft: AgreementDraftView;
  /** The agreement, once everyone has confirmed. */
  agreement: AgreementView | null;
}

/** Records one person's answer to the draft `draftId`; resolves the room once everyone confirmed. */
export async function answerDraft(
  services: Services,
  actor: Actor,
  roomId: string,
  draftId: string,
  answer: AgreementAnswer,
): Promise<AnswerOutcome> {
  const outcome = await services.db.transaction().execute(async (trx) => {
    const locked = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    const draft = await loadDraft(trx, locked.room.id, draftId);
    if (!draft) throw errors.draftNotFound();
    if (locked.room.phase === 'resolved') throw errors.roomResolved();
    await assertOpen(trx, locked.room.id, draft);
    return recordAnswer(trx, services, locked, draft, actor.userId, answer);
  });
  if (outcome.resolved) services.metrics.roomsResolved.inc();
  return outcome;
}

/** Refuses an answer to a draft that is not the open one, naming the current draft. */
async function assertOpen(trx: Db, roomId: string, draft: AgreementDraftView): Promise<void> {
  if (draft.status === 'open') return;
  const current = draft.status === 'superseded' ? await openDraftOf(trx, roomId) : null;
  throw current ? errors.draftSuperseded(current.text) : errors.draftNotOpen();
}

/**
 * Records `userId`'s answer to the open `draft` of the locked room, inside the caller's
 * transaction. A change request asks the mediator for a new draft that takes it into account.
 */
export async function recordAnswer(
  trx: Db,
  services: Services,
  { room, participants }: RoomWithParticipants,
  draft: AgreementDraftView,
  userId: string,
  answer: AgreementAnswer,
): Promise<AnswerOutcome> {
  // Any pause (a break or a safety pause alike) holds the agreement, with one neutral answer.
  if (room.phase === 'on_break') throw errors.roomOnBreak();
  const note = answer.decision === 'changes_requested' ? (answer.note?.trim() ?? '') : null;
  await trx
    .insertInto('agreement_confirmations')
    .values({ draft_id: draft.id, user_id: userId, decision: answer.decision, note })
    .onConflict((oc) =>
      oc
        .columns(['draft_id', 'user_id'])
        .doUpdateSet({ decision: answer.decision, note, created_at: new Date() }),
    )
    .execute();
  const updated = (await loadDraft(trx, room.id, draft.id))!;
  await recordRoomEvents(trx, [{ roomId: room.id, type: 'agreement_confirmation', data: updated }]);
  const name = participants.find((p) => p.user_id === userId)?.name ?? 'A participant';
  const awaiting = participants
    .filter(
      (p) =>
        !updated.confirmations.some((c) => c.user_id === p.user_id && c.decision === 'confirmed'),
    )
    .map((p) => ({ user_id: p.user_id, name: p.name }));
  const open = { resolved: false, phase: room.phase, awaiting, draft: updated, agreement: null };
  if (answer.decision === 'changes_requested') {
    // In the shared conversation, and the next draft is made with it.
    await postSystemNotice(trx, {
      roomId: room.id,
      authorUserId: userId,
      ...catalogueNotice('room.changes_asked', { name, note }),
    });
    await enqueueJob(
      trx,
      redraftJob,
      { room_id: room.id, draft_id: draft.id, user_id: userId },
      { jobKey: `redraft:${room.id}` },
    );
    return open;
  }
  if (participants.length < 2 || awaiting.length > 0) {
    await postSystemNotice(trx, {
      roomId: room.id,
      authorUserId: userId,
      ...catalogueNotice('room.draft_confirmed', { name }),
    });
    return open;
  }
  await trx
    .updateTable('agreement_drafts')
    .set({ status: 'accepted' })
    .where('id', '=', draft.id)
    .execute();
  const agreement = await resolveRoom(trx, services, { room, participants }, updated, userId);
  return {
    resolved: true,
    phase: 'resolved',
    awaiting: [],
    draft: { ...updated, status: 'accepted' },
    agreement,
  };
}
