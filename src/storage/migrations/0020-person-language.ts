/**
 * Each person's language: `users.locale` (a BCP 47 tag, kept since the start) now says where it
 * came from, so a weaker source (the number's country) never overwrites a stronger one (what they
 * chose or write in). An invite can carry the language the inviter says the other person reads.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column locale_source text
      check (locale_source in ('country', 'browser', 'invite', 'written', 'chosen'));
    alter table invites add column recipient_locale text;
  `.execute(db);
}
