import { errors } from '../../errors.js';
import type { AgreementDraft } from '../../mediator/mediator.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { askMediator } from './ask-mediator.js';
import { toMessageView } from './message-view.js';
import { loadRoomFor } from './room-access.js';
import { recordRoomEvents } from './room-events.js';
import { mediatorContext } from './transcript.js';

/** Asks the mediator to draft the agreement from the conversation and shares it with both. */
export async function draftAgreement(
  services: Services,
  actor: Actor,
  roomId: string,
): Promise<AgreementDraft> {
  const { room } = await loadRoomFor(services.db, actor, roomId);
  if (room.phase === 'waiting') throw errors.roomWaiting();
  if (room.phase === 'resolved') throw errors.roomResolved();
  const response = await askMediator(services, {
    kind: 'draft_agreement',
    ...(await mediatorContext(services.db, room)),
  }).catch(() => {
    throw errors.mediatorUnavailable();
  });
  const draft = response.agreement;
  if (!draft) throw errors.mediatorUnavailable();
  await services.db.transaction().execute(async (trx) => {
    const message = await trx
      .insertInto('messages')
      .values({
        room_id: room.id,
        author_kind: 'mediator',
        kind: 'draft',
        body: draft.text,
        mediator_provider: services.mediator.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordRoomEvents(trx, [
      { roomId: room.id, type: 'message', data: toMessageView(message) },
      { roomId: room.id, type: 'agreement_draft', data: { ...draft } },
    ]);
  });
  return draft;
}
