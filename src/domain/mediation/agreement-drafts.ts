/** Agreement drafts as the API shows them: the text, its commitments and each person's answer. */
import type { Db } from '../../storage/database.js';
import type { AgreementDecision, AgreementDraftStatus } from '../../storage/schema.js';

export interface AgreementDraftView {
  id: string;
  summary: string;
  commitments: { participant_id: string | null; text: string }[];
  text: string;
  status: AgreementDraftStatus;
  confirmations: {
    user_id: string;
    decision: AgreementDecision;
    note: string | null;
    at: string;
  }[];
  created_at: string;
}

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
    confirmations: confirmations.map((c) => ({
      user_id: c.user_id,
      decision: c.decision,
      note: c.note,
      at: c.created_at.toISOString(),
    })),
    created_at: row.created_at.toISOString(),
  };
}

/**
 * The room's most recent draft with the changes asked for on it, oldest first, for the
 * mediator to apply to the next draft; null before the first draft.
 */
export async function previousDraftWithChanges(
  db: Db,
  roomId: string,
): Promise<{
  draft: {
    summary: string;
    commitments: { participantId: string | null; text: string }[];
    text: string;
  };
  changeRequests: { participantId: string; note: string }[];
} | null> {
  const row = await db
    .selectFrom('agreement_drafts')
    .select(['id', 'summary', 'commitments', 'text'])
    .where('room_id', '=', roomId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  const notes = await db
    .selectFrom('agreement_confirmations')
    .select(['user_id', 'note'])
    .where('draft_id', '=', row.id)
    .where('decision', '=', 'changes_requested')
    .orderBy('created_at')
    .execute();
  return {
    draft: {
      summary: row.summary,
      commitments: row.commitments.map((c) => ({ participantId: c.participant_id, text: c.text })),
      text: row.text,
    },
    changeRequests: notes
      .filter((n): n is { user_id: string; note: string } => Boolean(n.note?.trim()))
      .map((n) => ({ participantId: n.user_id, note: n.note.trim() })),
  };
}
