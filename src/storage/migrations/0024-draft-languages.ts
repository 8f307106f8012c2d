/**
 * An agreement draft in each language of its room: the text and summary as the mediator wrote
 * them for each other language (locale → { text, summary }), so each person reads and keeps the
 * agreement in their own. The record (`text`) stays the one both confirmed.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table agreement_drafts add column versions jsonb not null default '{}'`.execute(
    db,
  );
}
