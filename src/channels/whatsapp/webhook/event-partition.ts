/**
 * Stored webhook events fall into a fixed number of partitions by the person they concern (events
 * about no one spread by id). Each partition is processed by its own job, in arrival order: one
 * person's messages stay in order, while different people are handled in parallel by as many
 * workers as there are. The expression matches the partial index of migration 0015.
 */
import { type RawBuilder, sql } from 'kysely';

export const EVENT_PARTITIONS = 8;

/** SQL: the partition (0…7) of a `whatsapp_webhook_events` row. */
export function eventPartition(): RawBuilder<number> {
  return sql<number>`(hashtext(coalesce(wa_id, id::text)) & 7)`;
}
