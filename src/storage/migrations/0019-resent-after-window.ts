/**
 * A free-form chat message Meta refused because the person's 24-hour window had closed is sent
 * again once they write; `resent_at` marks the refused row as taken care of, so it goes once.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table whatsapp_messages add column resent_at timestamptz;
    -- Every inbound message asks whether anything is waiting to go again: keep that lookup small.
    create index whatsapp_messages_refused_idx on whatsapp_messages (wa_id, seq)
      where status = 'failed' and failure_class = 'window_closed' and resent_at is null;
  `.execute(db);
}
