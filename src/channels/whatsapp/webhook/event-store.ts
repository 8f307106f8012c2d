/**
 * Durable storage of webhook events, batched: the events of all deliveries that arrive together
 * are written in one transaction (duplicates skipped by their unique key) with the job that
 * processes them, and each delivery is answered once its batch has committed.
 */
import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import type { WebhookEvent } from './extract-events.js';

export const PROCESS_EVENTS_TASK = 'whatsapp.process-events';
export const PROCESS_EVENTS_QUEUE = 'whatsapp-webhook';
const PROCESS_EVENTS_KEY = 'whatsapp-webhook-events';
const MAX_BATCH_EVENTS = 1000;

interface Pending {
  events: WebhookEvent[];
  resolve: (result: { stored: number; duplicates: number }) => void;
  reject: (err: unknown) => void;
}

export class WebhookEventStore {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  /** Stores the events of one delivery; resolves once they are committed. */
  store(events: WebhookEvent[]): Promise<{ stored: number; duplicates: number }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ events, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // Everything that arrives before the next turn of the event loop shares one transaction.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch: Pending[] = [];
      let size = 0;
      while (this.queue.length > 0 && size < MAX_BATCH_EVENTS) {
        const next = this.queue.shift()!;
        batch.push(next);
        size += next.events.length;
      }
      void this.write(batch);
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      const all = batch.flatMap((p) => p.events);
      const stored = await this.db.transaction().execute(async (trx) => {
        const rows = await trx
          .insertInto('whatsapp_webhook_events')
          .values(
            all.map((e) => ({
              dedupe_key: e.dedupeKey,
              kind: e.kind,
              wa_id: e.waId,
              data: JSON.stringify(e.data),
            })),
          )
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('dedupe_key')
          .execute();
        if (rows.length > 0) await scheduleProcessing(trx);
        return new Set(rows.map((r) => r.dedupe_key));
      });
      for (const pending of batch) {
        // The first delivery in the batch to carry a key is the one that stored it.
        let count = 0;
        for (const event of pending.events) {
          if (stored.delete(event.dedupeKey)) count++;
        }
        pending.resolve({ stored: count, duplicates: pending.events.length - count });
      }
    } catch (err) {
      for (const pending of batch) pending.reject(err);
    }
  }
}

/** Makes sure a processing job is pending (due at `runAt`, default now); a running one gets a successor. */
export async function scheduleProcessing(db: Db, runAt?: Date): Promise<void> {
  await sql`select graphile_worker.add_job(
    identifier => ${PROCESS_EVENTS_TASK},
    payload => '{}'::json,
    queue_name => ${PROCESS_EVENTS_QUEUE},
    run_at => ${runAt ?? null},
    max_attempts => 25,
    job_key => ${PROCESS_EVENTS_KEY},
    job_key_mode => 'replace'
  )`.execute(db);
}
