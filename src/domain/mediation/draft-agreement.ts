import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { type AgreementDraftView, loadDraft } from './agreement-drafts.js';
import { askMediator } from './ask-mediator.js';
import { revisionRequest } from './draft-revision.js';
import { draftInEveryLanguage } from './draft-translations.js';
import { storeLineVersions, storeTranslations } from './mediator-line-languages.js';
import { loadRoomFor } from './room-access.js';
import { storedMessage } from './room-event.js';
import { recordRoomEvents } from './room-events.js';
import { mediatorContext } from './transcript.js';

/**
 * Asks the mediator to draft the agreement from the conversation and shares it with both. The
 * draft replaces any earlier open one; each person then confirms it or asks for changes.
 */
export async function draftAgreement(
  services: Services,
  actor: Actor,
  roomId: string,
): Promise<AgreementDraftView> {
  const { room } = await loadRoomFor(services.db, actor, roomId);
  if (room.phase === 'waiting') throw errors.roomWaiting();
  if (room.phase === 'resolved') throw errors.roomResolved();
  const response = await askMediator(services, {
    kind: 'draft_agreement',
    ...(await mediatorContext(services.db, room)),
    // The next draft starts from the last one and applies what each person asked to change.
    ...(await revisionRequest(services.db, room.id)),
  }).catch(() => {
    throw errors.mediatorUnavailable();
  });
  const draft = response.agreement;
  if (!draft) throw errors.mediatorUnavailable();
  const languages = await draftInEveryLanguage(services, room.id, draft, response.replyLocale);
  const draftId = await services.db.transaction().execute(async (trx) => {
    const locked = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (locked.room.phase === 'resolved') throw errors.roomResolved();
    await trx
      .updateTable('agreement_drafts')
      .set({ status: 'superseded' })
      .where('room_id', '=', room.id)
      .where('status', '=', 'open')
      .execute();
    const row = await trx
      .insertInto('agreement_drafts')
      .values({
        room_id: room.id,
        requested_by: actor.userId,
        summary: draft.summary,
        commitments: JSON.stringify(
          draft.commitments.map((c) => ({ participant_id: c.participantId, text: c.text })),
        ),
        text: draft.text,
        versions: JSON.stringify(languages.versions),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const message = await trx
      .insertInto('messages')
      .values({
        room_id: room.id,
        author_kind: 'mediator',
        kind: 'draft',
        body: draft.text,
        // The record is in the room's first language; the other person reads it translated.
        language: response.replyLocale ?? null,
        mediator_provider: services.mediator.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // Each person reads the draft in the room's log in their own language too: as the mediator
    // wrote it, or translated by the AI with the original kept, like people's messages.
    await storeLineVersions(trx, message.id, {
      replyVersions: Object.fromEntries(
        Object.entries(draft.versions ?? {}).map(([locale, version]) => [locale, version.text]),
      ),
    });
    await storeTranslations(
      trx,
      message.id,
      languages.translated.map((locale) => ({ locale, text: languages.versions[locale]!.text })),
    );
    const view = await loadDraft(trx, room.id, row.id);
    await recordRoomEvents(trx, [
      { roomId: room.id, type: 'message', data: storedMessage(message) },
      { roomId: room.id, type: 'agreement_draft', data: view! },
    ]);
    return row.id;
  });
  return (await loadDraft(services.db, room.id, draftId))!;
}
