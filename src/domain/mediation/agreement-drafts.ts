/** Agreement drafts as the API shows them: the text, its commitments and each person's answer. */
import type { Static } from '@sinclair/typebox';
import type { AgreementDraft } from '../../http/schemas/agreements.js';
import type { Locale } from '../../i18n/locales.js';
import type { Db } from '../../storage/database.js';
import type { AgreementDraftStatus } from '../../storage/schema.js';

/** The API's `AgreementDraft` (src/http/schemas/agreements.ts). */
export type AgreementDraftView = Static<typeof AgreementDraft>;

/** A draft's text and summary written for each other language of its room. */
export type DraftVersions = Partial<Record<Locale, { text: string; summary: string }>>;

/** The draft as someone who reads `locale` reads it: its version in their language, if any. */
export function inLocale<D extends { text: string; summary: string }>(
  draft: D,
  versions: DraftVersions | null | undefined,
  locale: Locale | undefined,
): D {
  const version = locale ? versions?.[locale] : undefined;
  return version ? { ...draft, text: version.text, summary: version.summary } : draft;
}

/**
 * The agreement's text and summary as someone who reads `locale` reads them: the accepted draft's
 * version in their language when the agreement is that draft's text (it is unless someone wrote
 * the agreement themselves), else the record as it is.
 */
export function agreementInLocale(
  agreementText: string,
  draft: { text: string; summary: string; versions: DraftVersions | null } | null | undefined,
  locale: Locale,
): { text: string; summary: string | null } {
  if (!draft) return { text: agreementText, summary: null };
  const read = agreementText === draft.text ? inLocale(draft, draft.versions, locale) : draft;
  return { text: agreementText === draft.text ? read.text : agreementText, summary: read.summary };
}

/** A draft already loaded (or from the room's feed) as someone who reads `locale` reads it. */
export async function draftForReader<D extends { id: string; text: string; summary: string }>(
  db: Db,
  draft: D,
  locale: Locale,
): Promise<D> {
  const row = await db
    .selectFrom('agreement_drafts')
    .select('versions')
    .where('id', '=', draft.id)
    .executeTakeFirst();
  return inLocale(draft, row?.versions, locale);
}

/**
 * One draft with its confirmations, in `locale` when given (else as recorded); undefined when it
 * is not in the room.
 */
export async function loadDraft(
  db: Db,
  roomId: string,
  draftId: string,
  locale?: Locale,
): Promise<AgreementDraftView | undefined> {
  const row = await db
    .selectFrom('agreement_drafts')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('id', '=', draftId)
    .executeTakeFirst();
  return row ? inLocale(await withConfirmations(db, row), row.versions, locale) : undefined;
}

/** The draft waiting for confirmation in the room, if any (in `locale` when given). */
export async function openDraftOf(
  db: Db,
  roomId: string,
  locale?: Locale,
): Promise<AgreementDraftView | null> {
  const row = await db
    .selectFrom('agreement_drafts')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row ? inLocale(await withConfirmations(db, row), row.versions, locale) : null;
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
