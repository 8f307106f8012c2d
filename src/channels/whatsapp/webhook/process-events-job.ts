/**
 * Processes stored webhook events: one job per partition (event-partition.ts), each taking its
 * partition's events in the order they arrived, one processor per partition across all processes.
 * So one person's messages are handled in order, and different people in parallel. Each event has
 * its own transaction; one that fails is tried again later and, after its last attempt, is
 * marked failed and reported (still kept).
 */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../../jobs/job-definition.js';
import type { Services } from '../../../services.js';
import { LOCKS, withAdvisoryLock } from '../../../storage/advisory-lock.js';
import type { Db } from '../../../storage/database.js';
import { EVENT_PARTITIONS, eventPartition } from './event-partition.js';
import { PROCESS_EVENTS_TASK, scheduleProcessing } from './event-store.js';
import { handleWebhookEvent } from './handle-webhook-event.js';

const BATCH = 200;
const MAX_ATTEMPTS = 6;
/**
 * An event is given up only after its attempts and this long: a busy partition runs many passes a
 * second, and a status can come well before a slow send stores the id it refers to.
 */
const MIN_RETRY_SPAN_MS = 5 * 60_000;

export const processWebhookEventsJob = defineJob({
  name: PROCESS_EVENTS_TASK,
  payload: Type.Object({ partition: Type.Optional(Type.Integer({ minimum: 0 })) }),
  maxAttempts: 25,
  async handle(payload, services) {
    const { partition } = payload;
    // A job queued before events were partitioned wakes every partition instead.
    if (partition === undefined || partition >= EVENT_PARTITIONS) {
      return scheduleProcessing(services.db);
    }
    const result = await withAdvisoryLock(
      services.db,
      LOCKS.whatsappWebhookEvents,
      String(partition),
      (conn) => processPending(services, conn, partition),
    );
    if (!result.acquired) {
      await scheduleProcessing(services.db, new Date(Date.now() + 1000), [partition]);
    }
  },
});

async function processPending(services: Services, db: Db, partition: number): Promise<void> {
  let cursor = 0;
  let retryLater = false;
  for (;;) {
    const events = await db
      .selectFrom('whatsapp_webhook_events')
      .select(['id', 'kind', 'data', 'attempts', 'received_at'])
      .where('processed_at', 'is', null)
      .where('failed_at', 'is', null)
      .where(eventPartition(), '=', partition)
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (events.length === 0) break;
    for (const event of events) {
      cursor = event.id;
      try {
        await db.transaction().execute(async (trx) => {
          await handleWebhookEvent(trx, services, {
            id: event.id,
            kind: event.kind,
            data: event.data as Record<string, unknown>,
          });
          await trx
            .updateTable('whatsapp_webhook_events')
            .set({ processed_at: new Date() })
            .where('id', '=', event.id)
            .execute();
        });
      } catch (err) {
        const attempts = event.attempts + 1;
        const failed =
          attempts >= MAX_ATTEMPTS && Date.now() - event.received_at.getTime() >= MIN_RETRY_SPAN_MS;
        await db
          .updateTable('whatsapp_webhook_events')
          .set({
            attempts,
            last_error: (err as Error).message.slice(0, 500),
            failed_at: failed ? new Date() : null,
          })
          .where('id', '=', event.id)
          .execute();
        if (failed) {
          services.metrics.webhookEventFailures.inc({ kind: event.kind });
          services.logger.error(
            { eventId: event.id, kind: event.kind, err: { message: (err as Error).message } },
            'webhook event could not be processed; kept as failed',
          );
        } else {
          retryLater = true;
        }
      }
    }
  }
  if (retryLater) await scheduleProcessing(db, new Date(Date.now() + 3000), [partition]);
}
