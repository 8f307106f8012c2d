/**
 * Each WhatsApp contact gets an opaque id that names its chat's job queue, so queue names (kept
 * by the job runner, shown to operators) never carry a phone number, and mean nothing once the
 * contact is erased.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table whatsapp_contacts add column chat_id uuid not null default gen_random_uuid();
    create unique index whatsapp_contacts_chat_id_key on whatsapp_contacts (chat_id);
  `.execute(db);
}
