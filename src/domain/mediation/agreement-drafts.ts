/** Agreement drafts as the API shows them: the text, its commitments and each person's answer. */
import type { Static } from '@sinclair/typebox';
import type { AgreementDraft } from '../../http/schemas/agreements.js';
import type { Db } from '../../storage/database.js';
import type { AgreementDraftStatus } from '../../storage/schema.js';

/** The API's `AgreementDraft` (src/http/schemas/agreements.ts). */
export type AgreementDraftView = Static<typeof AgreementDraft>;

/** One draft with its confirmations; undefined when it is not in the room. */
export async function loadDraft(
  db: Db,
  roomId: string,
  draftId: string,
): Promise<AgreementDraftView | undefined> {
  const row = await db
    .selectFrom('agreement_drafts')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('id', '=', draftId)
    .executeTakeFirst();
  return row ? withConfirmations(db, row) : undefined;
}

/** The draft waiting for confirmation in the room, if any. */
export async function openDraftOf(db: Db, roomId: string): Promise<AgreementDraftView | null> {
  const row = await db
    .selectFrom('agreement_drafts')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row ? withConfirmations(db, row) : null;
}

/** The draft both people confirmed (the agreement's commitments and confirmations), if any. */
export async function acceptedDraftOf(db: Db, roomId: string): Promise<AgreementDraftView | null> {
  const row = await db
    .selectFrom('agreement_drafts')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('status', '=', 'accepted')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? withConfirmations(db, row) : null;
}

async function withConfirmations(
  db: Db,
  row: {
    id: string;
    summary: string;
    commitments: { participant_id: string | null; text: string }[];
    text: string;
    status: AgreementDraftStatus;
    proposed_by: string | null;
    created_at: Date;
  },
): Promise<AgreementDraftView> {
  const confirmations = await db
    .selectFrom('agreement_confirmations')
    .selectAll()
    .where('draft_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  return {
    id: row.id,
    summary: row.summary,
    commitments: row.commitments,
    text: row.text,
    status: row.status,
    proposed_by: row.proposed_by,
    confirmations: confirmations.map((c) => ({
      user_id: c.user_id,
      decision: c.decision,
      note: c.note,
      at: c.created_at.toISOString(),
    })),
    created_at: row.created_at.toISOString(),
  };
}
