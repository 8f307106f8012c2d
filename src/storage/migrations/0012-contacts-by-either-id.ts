/**
 * WhatsApp users may write by username (Meta 2026): their webhooks can carry only a
 * business-scoped user id, no number. A contact is one person found by either identifier, and its
 * key (`wa_id`) is the phone's digits when the number is known, otherwise the current user id.
 * Learning a number, or a `user_changed_user_id`, re-keys the contact; the tables that point at
 * it follow (on update cascade); the keys it had are kept, so jobs queued under an old key still
 * find it and erasure finds what was filed under them. At most one contact holds each user id.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update whatsapp_contacts set phone_number = '+' || wa_id
      where phone_number is null and wa_id ~ '^[0-9]+$';
    -- Rows from before this change could share a user id; the most recently active keeps it.
    update whatsapp_contacts c set business_user_id = null
      where business_user_id is not null and exists (
        select 1 from whatsapp_contacts o
        where o.business_user_id = c.business_user_id and o.wa_id <> c.wa_id
          and (coalesce(o.last_inbound_at, o.first_seen_at), o.wa_id)
            > (coalesce(c.last_inbound_at, c.first_seen_at), c.wa_id)
      );
    alter table whatsapp_contacts add column former_keys text[] not null default '{}';
    create index whatsapp_contacts_former_keys_idx on whatsapp_contacts using gin (former_keys);
    create unique index whatsapp_contacts_business_user_id_key
      on whatsapp_contacts (business_user_id) where business_user_id is not null;

    alter table whatsapp_inbound_messages drop constraint whatsapp_inbound_messages_wa_id_fkey,
      add constraint whatsapp_inbound_messages_wa_id_fkey foreign key (wa_id)
        references whatsapp_contacts (wa_id) on delete cascade on update cascade;
    alter table whatsapp_conversations drop constraint whatsapp_conversations_wa_id_fkey,
      add constraint whatsapp_conversations_wa_id_fkey foreign key (wa_id)
        references whatsapp_contacts (wa_id) on delete cascade on update cascade;
  `.execute(db);
}
