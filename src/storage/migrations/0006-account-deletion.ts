/**
 * A person can delete their account while the agreement they reached with someone else stays
 * that other person's record: the agreement keeps its text and loses only who finalized it.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table agreements alter column finalized_by drop not null;
    alter table agreements drop constraint agreements_finalized_by_fkey;
    alter table agreements add constraint agreements_finalized_by_fkey
      foreign key (finalized_by) references users (id) on delete set null;
  `.execute(db);
}
