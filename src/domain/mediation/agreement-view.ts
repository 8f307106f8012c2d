/** The agreement both people confirmed, as the API shows it. */
import type { Static } from '@sinclair/typebox';
import type { Agreement } from '../../http/schemas/agreements.js';

/** The API's `Agreement` (src/http/schemas/agreements.ts). */
export type AgreementView = Static<typeof Agreement>;

/** Shapes an agreement row for the API. */
export function toAgreementView(row: {
  id: string;
  text: string;
  finalized_by: string | null;
  created_at: Date;
}): AgreementView {
  return {
    id: row.id,
    text: row.text,
    finalized_by: row.finalized_by,
    created_at: row.created_at.toISOString(),
  };
}
