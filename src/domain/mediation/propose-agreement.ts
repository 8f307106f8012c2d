/**
 * A person puts an agreement text on the table (`POST /finalize`): it becomes the open draft,
 * replacing any other, with their confirmation; the room resolves only when the other person
 * confirms it too. Proposing the very text of the open draft simply confirms that draft.
 */
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { Actor } from '../accounts/tokens.js';
import { type AgreementDraftView, loadDraft, openDraftOf } from './agreement-drafts.js';
import { type AnswerOutcome, recordAnswer } from './confirm-agreement.js';
import { loadRoomFor } from './room-access.js';
import { storedMessage } from './room-event.js';
import { recordRoomEvents } from './room-events.js';

/** Proposes `agreementText` as the agreement and confirms it for the proposer. */
export async function proposeAgreement(
  services: Services,
  actor: Actor,
  roomId: string,
  agreementText: string,
): Promise<AnswerOutcome> {
  const text = agreementText.trim();
  if (text.length === 0)
    throw errors.invalidInput('agreement_text is empty. Write what you agreed.');
  const outcome = await services.db.transaction().execute(async (trx) => {
    const locked = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    const { room } = locked;
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'waiting') throw errors.roomWaiting();
    // Any pause (a break or a safety pause alike) holds the agreement, with one neutral answer.
    if (room.phase === 'on_break') throw errors.roomOnBreak();
    const open = await openDraftOf(trx, room.id);
    const draft =
      open && sameText(open.text, text) ? open : await insertProposal(trx, room.id, actor, text);
    return recordAnswer(trx, services, locked, draft, actor.userId, { decision: 'confirmed' });
  });
  if (outcome.resolved) services.metrics.roomsResolved.inc();
  return outcome;
}

/** Two texts say the same when they differ only in spacing and line endings. */
function sameText(a: string, b: string): boolean {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  return flat(a) === flat(b);
}

async function insertProposal(
  trx: Db,
  roomId: string,
  actor: Actor,
  text: string,
): Promise<AgreementDraftView> {
  await trx
    .updateTable('agreement_drafts')
    .set({ status: 'superseded' })
    .where('room_id', '=', roomId)
    .where('status', '=', 'open')
    .execute();
  const row = await trx
    .insertInto('agreement_drafts')
    .values({
      room_id: roomId,
      requested_by: actor.userId,
      proposed_by: actor.userId,
      summary: '',
      commitments: JSON.stringify([]),
      text,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The proposal is part of the room's story, written in the proposer's name.
  const message = await trx
    .insertInto('messages')
    .values({
      room_id: roomId,
      author_kind: 'participant',
      author_user_id: actor.userId,
      kind: 'draft',
      body: text,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const view = (await loadDraft(trx, roomId, row.id))!;
  await recordRoomEvents(trx, [
    { roomId, type: 'message', data: storedMessage(message) },
    { roomId, type: 'agreement_draft', data: view },
  ]);
  return view;
}
