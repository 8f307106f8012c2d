/**
 * Stored webhook events are processed in parallel, one partition per person (see
 * channels/whatsapp/webhook/event-partition.ts): each partition finds its waiting events by index.
 *
 * A send is marked `sending` (with when) before its Graph call, so a process that dies after Meta
 * took the message but before its id was stored leaves a trace. The sweep turns such stale sends
 * into `unconfirmed`: reported to operators, never resent on a guess.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table whatsapp_messages drop constraint whatsapp_messages_status_check;
    alter table whatsapp_messages add constraint whatsapp_messages_status_check
      check (status in ('queued', 'sending', 'accepted', 'sent', 'delivered', 'read', 'failed',
                        'held', 'unconfirmed'));
    alter table whatsapp_messages add column sending_at timestamptz;
    create index whatsapp_messages_sending_idx on whatsapp_messages (sending_at)
      where status = 'sending';
    create index whatsapp_webhook_events_partition_idx
      on whatsapp_webhook_events ((hashtext(coalesce(wa_id, id::text)) & 7), id)
      where processed_at is null and failed_at is null;
  `.execute(db);
}
