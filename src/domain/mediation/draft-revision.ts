/** What a new draft must build on: the latest draft and the changes asked for on it. */
import type { DraftAgreementRequest } from '../../mediator/mediator.js';
import type { Db } from '../../storage/database.js';

/** The latest draft of the room and the changes asked for on it, for the mediator's request. */
export async function revisionRequest(
  db: Db,
  roomId: string,
): Promise<Pick<DraftAgreementRequest, 'previousDraft' | 'changeRequests'>> {
  const previous = await db
    .selectFrom('agreement_drafts')
    .select(['id', 'summary', 'commitments', 'text'])
    .where('room_id', '=', roomId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!previous) return {};
  const changes = await db
    .selectFrom('agreement_confirmations')
    .select(['user_id', 'note'])
    .where('draft_id', '=', previous.id)
    .where('decision', '=', 'changes_requested')
    .orderBy('created_at')
    .execute();
  return {
    previousDraft: {
      summary: previous.summary,
      commitments: previous.commitments.map((c) => ({
        participantId: c.participant_id,
        text: c.text,
      })),
      text: previous.text,
    },
    changeRequests: changes.flatMap((c) => {
      const note = c.note?.trim();
      return note ? [{ participantId: c.user_id, note }] : [];
    }),
  };
}
