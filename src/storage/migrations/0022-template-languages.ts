/**
 * Templates per language: for each purpose, which of the account's templates carries it in each
 * language (or why none does yet), so a send in the person's language knows whether it may go
 * in that language or must fall back to English.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table whatsapp_template_choices add column languages jsonb`.execute(db);
}
