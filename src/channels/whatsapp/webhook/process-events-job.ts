/**
 * Processes stored webhook events in the order they arrived, one processor at a time across all
 * processes. Each event has its own transaction; one that fails is tried again later and, after
 * its last attempt, is marked failed and reported (still kept).
 */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../../jobs/job-definition.js';
import type { Services } from '../../../services.js';
import { LOCKS, withAdvisoryLock } from '../../../storage/advisory-lock.js';
import type { Db } from '../../../storage/database.js';
import { PROCESS_EVENTS_TASK, scheduleProcessing } from './event-store.js';
import { handleWebhookEvent } from './handle-webhook-event.js';

const BATCH = 200;
const MAX_ATTEMPTS = 6;

export const processWebhookEventsJob = defineJob({
  name: PROCESS_EVENTS_TASK,
  payload: Type.Object({}),
  maxAttempts: 25,
  async handle(_payload, services) {
    const result = await withAdvisoryLock(services.db, LOCKS.whatsappWebhookEvents, 'all', (conn) =>
      processPending(services, conn),
    );
    if (!result.acquired) await scheduleProcessing(services.db, new Date(Date.now() + 1000));
  },
});

async function processPending(services: Services, db: Db): Promise<void> {
  let cursor = 0;
  let retryLater = false;
  for (;;) {
    const events = await db
      .selectFrom('whatsapp_webhook_events')
      .select(['id', 'kind', 'data', 'attempts'])
      .where('processed_at', 'is', null)
      .where('failed_at', 'is', null)
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
        const failed = attempts >= MAX_ATTEMPTS;
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
  if (retryLater) await scheduleProcessing(db, new Date(Date.now() + 3000));
}
