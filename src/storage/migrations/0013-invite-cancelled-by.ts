/**
 * Who cancelled an invite, when a person did. An invite closed because another invite for the
 * same seat was used, or a newer link replaced it, has none: its page then says so neutrally
 * instead of blaming the inviter.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table invites
      add column revoked_by_user_id uuid references users (id) on delete set null;
  `.execute(db);
}
