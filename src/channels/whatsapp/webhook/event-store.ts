/**
 * Durable storage of webhook events, with group commit: while a write is in flight, the events
 * of newly arriving deliveries gather and go in the next single INSERT (duplicates skipped by
 * their unique key); each delivery is answered once the statement holding its events commits.
 * The stored rows are the durable work list; the processing job is only their wake-up call, so
 * it is scheduled after commit, at most a few times a second (the sweep covers a crash between).
 */
import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import { EVENT_PARTITIONS } from './event-partition.js';
import type { WebhookEvent } from './extract-events.js';

export const PROCESS_EVENTS_TASK = 'whatsapp.process-events';
const PROCESS_EVENTS_KEY = 'whatsapp-webhook-events';
const MAX_BATCH_EVENTS = 2000;
const MAX_WRITES_IN_FLIGHT = 4;
const WAKE_INTERVAL_MS = 100;
const ALL_PARTITIONS = Array.from({ length: EVENT_PARTITIONS }, (_, p) => p);

interface Pending {
  events: WebhookEvent[];
  resolve: (result: { stored: number; duplicates: number }) => void;
  reject: (err: unknown) => void;
}

export class WebhookEventStore {
  private queue: Pending[] = [];
  private inFlight = 0;
  private wakeTimer: NodeJS.Timeout | null = null;
  private lastWake = 0;

  constructor(
    private readonly db: Db,
    private readonly onWakeError: (err: unknown) => void = () => {},
  ) {}

  /** Stores the events of one delivery; resolves once they are committed. */
  store(events: WebhookEvent[]): Promise<{ stored: number; duplicates: number }> {
    if (events.length === 0) return Promise.resolve({ stored: 0, duplicates: 0 });
    return new Promise((resolve, reject) => {
      this.queue.push({ events, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && this.inFlight < MAX_WRITES_IN_FLIGHT) {
      const batch: Pending[] = [];
      let size = 0;
      while (this.queue.length > 0 && size < MAX_BATCH_EVENTS) {
        const next = this.queue.shift()!;
        batch.push(next);
        size += next.events.length;
      }
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      const rows = await this.db
        .insertInto('whatsapp_webhook_events')
        .values(
          batch.flatMap((p) =>
            p.events.map((e) => ({
              dedupe_key: e.dedupeKey,
              kind: e.kind,
              wa_id: e.waId,
              data: JSON.stringify(e.data),
            })),
          ),
        )
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('dedupe_key')
        .execute();
      const stored = new Set(rows.map((r) => r.dedupe_key));
      if (stored.size > 0) this.wake();
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

  /** Schedules processing now, or once at the end of the current interval when just done. */
  private wake(): void {
    if (this.wakeTimer) return;
    const delay = Math.max(0, this.lastWake + WAKE_INTERVAL_MS - Date.now());
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.lastWake = Date.now();
      scheduleProcessing(this.db).catch(this.onWakeError);
    }, delay);
  }

  /** Sends a pending wake-up at once (on shutdown). */
  async flushWake(): Promise<void> {
    if (!this.wakeTimer) return;
    clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    await scheduleProcessing(this.db).catch(this.onWakeError);
  }
}

/**
 * Makes sure a processing job is pending for each partition (or those given), due at `runAt`
 * (default now); a running one gets a successor.
 */
export async function scheduleProcessing(
  db: Db,
  runAt?: Date,
  partitions: number[] = ALL_PARTITIONS,
): Promise<void> {
  // A running job keeps its key for a successor (graphile's default `replace` mode).
  await sql`select graphile_worker.add_job(
      identifier => ${PROCESS_EVENTS_TASK},
      payload => json_build_object('partition', p),
      run_at => ${runAt ?? null},
      max_attempts => 25,
      job_key => ${PROCESS_EVENTS_KEY} || ':' || p
    ) from unnest(${partitions}::int[]) as p`.execute(db);
}
