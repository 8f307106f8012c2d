/** When each participant last looked at their room, so Meedi8 does not notify people who saw it. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table participants add column last_seen_at timestamptz`.execute(db);
}
