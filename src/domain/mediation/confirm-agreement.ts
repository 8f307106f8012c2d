/**
 * Each person answers the mediator's draft: confirm it, or ask for changes with a note. When
 * everyone has confirmed the same open draft, the room is resolved with it.
 */
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { AgreementDecision } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { loadDraft } from './agreement-drafts.js';
import { resolveRoom } from './finalize-room.js';
import { loadRoomFor } from './room-access.js';
import { recordRoomEvents } from './room-events.js';
import { postSystemNotice } from './system-notice.js';

export interface AgreementAnswer {
  decision: AgreementDecision;
  /** What should change (for `changes_requested`). */
  note?: string;
}

/** Records one person's answer to a draft; resolves the room once everyone has confirmed. */
export async function answerDraft(
  services: Services,
  actor: Actor,
  roomId: string,
  draftId: string,
  answer: AgreementAnswer,
): Promise<{ resolved: boolean; phase: string }> {
  const outcome = await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    const draft = await loadDraft(trx, room.id, draftId);
    if (!draft) throw errors.draftNotFound();
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (draft.status !== 'open') throw errors.draftNotOpen();
    // Any pause (a break or a safety pause alike) holds the agreement, with one neutral answer.
    if (room.phase === 'on_break') throw errors.roomOnBreak();
    const note = answer.decision === 'changes_requested' ? (answer.note?.trim() ?? '') : null;
    await trx
      .insertInto('agreement_confirmations')
      .values({ draft_id: draft.id, user_id: actor.userId, decision: answer.decision, note })
      .onConflict((oc) =>
        oc
          .columns(['draft_id', 'user_id'])
          .doUpdateSet({ decision: answer.decision, note, created_at: new Date() }),
      )
      .execute();
    const updated = (await loadDraft(trx, room.id, draft.id))!;
    await recordRoomEvents(trx, [
      { roomId: room.id, type: 'agreement_confirmation', data: updated },
    ]);
    const name = participants.find((p) => p.user_id === actor.userId)?.name ?? 'A participant';
    if (answer.decision === 'changes_requested') {
      // In the shared conversation, so the mediator's next draft takes it into account.
      await postSystemNotice(trx, {
        roomId: room.id,
        authorUserId: actor.userId,
        body: `${name} asked for changes to the draft: ${note}`,
      });
      return { resolved: false, phase: room.phase };
    }
    const everyoneConfirmed =
      participants.length >= 2 &&
      participants.every((p) =>
        updated.confirmations.some((c) => c.user_id === p.user_id && c.decision === 'confirmed'),
      );
    if (!everyoneConfirmed) {
      await postSystemNotice(trx, {
        roomId: room.id,
        authorUserId: actor.userId,
        body: `${name} confirmed the draft agreement.`,
      });
      return { resolved: false, phase: room.phase };
    }
    await trx
      .updateTable('agreement_drafts')
      .set({ status: 'accepted' })
      .where('id', '=', draft.id)
      .execute();
    await resolveRoom(trx, services, { room, participants }, draft.text, actor.userId);
    return { resolved: true, phase: 'resolved' };
  });
  if (outcome.resolved) services.metrics.roomsResolved.inc();
  return outcome;
}
