/**
 * Who confirmed the agreement, and when: the record every document of it states (the PDF, the
 * chat's caption, the resolution page), read from the draft everyone confirmed.
 */
import type { Db } from '../../storage/database.js';

export interface AgreementRecord {
  /** The name of the person who proposed the text; null when the mediator drafted it. */
  proposedBy: string | null;
  /** Each confirmation of the agreed text, oldest first. */
  confirmations: { name: string; at: Date }[];
}

/** The record of the room's agreement; empty confirmations for one made before drafts. */
export async function loadAgreementRecord(db: Db, roomId: string): Promise<AgreementRecord> {
  const agreement = await db
    .selectFrom('agreements')
    .leftJoin('agreement_drafts', 'agreement_drafts.id', 'agreements.draft_id')
    .leftJoin('users as proposer', 'proposer.id', 'agreement_drafts.proposed_by')
    .select(['agreements.draft_id', 'proposer.name as proposer_name'])
    .where('agreements.room_id', '=', roomId)
    .executeTakeFirst();
  if (!agreement?.draft_id) return { proposedBy: null, confirmations: [] };
  const confirmations = await db
    .selectFrom('agreement_confirmations')
    .innerJoin('users', 'users.id', 'agreement_confirmations.user_id')
    .select(['users.name', 'agreement_confirmations.created_at'])
    .where('agreement_confirmations.draft_id', '=', agreement.draft_id)
    .where('agreement_confirmations.decision', '=', 'confirmed')
    .orderBy('agreement_confirmations.created_at')
    .execute();
  return {
    proposedBy: agreement.proposer_name ?? null,
    confirmations: confirmations.map((c) => ({ name: c.name, at: c.created_at })),
  };
}

/** "Sarah confirmed it on 2 December 2026 at 13:05 UTC". */
export function confirmationSentence(confirmation: { name: string; at: Date }): string {
  return `${confirmation.name} confirmed it on ${formatDay(confirmation.at)} at ${confirmation.at.toISOString().slice(11, 16)} UTC`;
}

/** "2 December 2026" (UTC). */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
