/**
 * Webhook delivery as Meta does it: the body serialised Meta's way, signed over those exact
 * bytes, POSTed to the callback URL and retried with growing delays until the receiver answers
 * 200. Deliveries that share an ordering key (one message's statuses, one phone's messages) go
 * out one after the other, so a message's `sent` always arrives before its `delivered`.
 */
import { metaJson } from './meta-json.js';
import type { Scheduler } from './scheduler.js';
import { signatureSha1, signatureSha256 } from './signature.js';

/** Where a webhook is in its life. */
export type WebhookState = 'outbox' | 'sending' | 'delivered' | 'failed' | 'unsubscribed';

/** One webhook the emulator produced, with what happened to it. */
export interface WebhookLogEntry {
  /** Sequence number, in the order the emulator produced the webhooks. */
  seq: number;
  /** The change's field: `messages`, `message_template_status_update`, … */
  field: string;
  createdAt: number;
  /** The exact bytes sent (Meta's serialisation). */
  body: string;
  /** The X-Hub-Signature-256 header value for `body`. */
  signature: string;
  /** The URL of the last attempt; null while it waits in the outbox. */
  url: string | null;
  state: WebhookState;
  attempts: { at: number; status: number | null; error?: string }[];
  /** The receiver's HTTP status on the last attempt (null: no answer or not tried yet). */
  receiverStatus: number | null;
  /** Deliveries with the same key are sent in order. */
  orderKey: string;
}

/** At most this many log entries are kept; the oldest settled ones go first. */
const LOG_LIMIT = 5000;

interface DispatcherDeps {
  appSecret: string;
  retryDelaysMs: number[];
  timeoutMs: number;
  scheduler: Scheduler;
}

/** Serialises, signs, posts and retries webhooks; keeps the log and the outbox. */
export class WebhookDispatcher {
  private readonly deps: DispatcherDeps;
  private url: string | null;
  private subscribed = true;
  private seq = 0;
  private generation = 0;
  private readonly chains = new Map<string, Promise<void>>();
  readonly log: WebhookLogEntry[] = [];

  constructor(deps: DispatcherDeps, url: string | null) {
    this.deps = deps;
    this.url = url;
  }

  /** The callback URL; setting one sends whatever waited in the outbox, in order. */
  setUrl(url: string | null): void {
    this.url = url;
    if (url === null) return;
    for (const entry of this.log) if (entry.state === 'outbox') this.enqueue(entry);
  }

  getUrl(): string | null {
    return this.url;
  }

  /** Whether the app is subscribed to the WABA: without it Meta sends nothing. */
  setSubscribed(subscribed: boolean): void {
    this.subscribed = subscribed;
  }

  isSubscribed(): boolean {
    return this.subscribed;
  }

  /** Queues one webhook (a full `{object, entry}` body) behind earlier ones with the same key. */
  post(orderKey: string, field: string, payload: unknown): WebhookLogEntry {
    const body = metaJson(payload);
    const entry: WebhookLogEntry = {
      seq: ++this.seq,
      field,
      createdAt: Date.now(),
      body,
      signature: signatureSha256(body, this.deps.appSecret),
      url: null,
      state: this.subscribed ? 'outbox' : 'unsubscribed',
      attempts: [],
      receiverStatus: null,
      orderKey,
    };
    this.log.push(entry);
    this.trimLog();
    if (entry.state === 'outbox' && this.url !== null) this.enqueue(entry);
    return entry;
  }

  /** Forgets the log, the outbox and any delivery still retrying. */
  reset(): void {
    this.generation++;
    this.chains.clear();
    this.log.length = 0;
  }

  /** Abandons deliveries still retrying and sends nothing more; the log stays readable. */
  stop(): void {
    this.generation++;
    this.chains.clear();
    this.url = null;
  }

  private enqueue(entry: WebhookLogEntry): void {
    entry.state = 'sending';
    const generation = this.generation;
    const previous = this.chains.get(entry.orderKey) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(entry, generation));
    this.chains.set(entry.orderKey, next);
    void this.deps.scheduler.track(next).finally(() => {
      if (this.chains.get(entry.orderKey) === next) this.chains.delete(entry.orderKey);
    });
  }

  private async deliver(entry: WebhookLogEntry, generation: number): Promise<void> {
    const { retryDelaysMs, scheduler } = this.deps;
    for (let attempt = 0; ; attempt++) {
      if (generation !== this.generation) return;
      const url = this.url;
      if (url === null) {
        // The URL was taken away mid-retry: wait in the outbox for the next one.
        entry.state = 'outbox';
        return;
      }
      entry.url = url;
      const ok = await this.attempt(entry, url);
      if (ok) {
        entry.state = 'delivered';
        return;
      }
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) {
        entry.state = 'failed';
        return;
      }
      await scheduler.sleep(delay);
    }
  }

  private async attempt(entry: WebhookLogEntry, url: string): Promise<boolean> {
    const at = Date.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': entry.signature,
          'x-hub-signature': signatureSha1(entry.body, this.deps.appSecret),
          'user-agent': 'facebookexternalua',
        },
        body: entry.body,
        signal: AbortSignal.timeout(this.deps.timeoutMs),
      });
      // Drain the answer so the connection can be reused; its content does not matter.
      await response.arrayBuffer().catch(() => undefined);
      entry.attempts.push({ at, status: response.status });
      entry.receiverStatus = response.status;
      // Meta counts only 200 as received; any other answer is retried.
      return response.status === 200;
    } catch (error) {
      entry.attempts.push({ at, status: null, error: (error as Error).message });
      entry.receiverStatus = null;
      return false;
    }
  }

  private trimLog(): void {
    while (this.log.length > LOG_LIMIT) {
      const index = this.log.findIndex((e) => e.state !== 'outbox' && e.state !== 'sending');
      if (index < 0) return;
      this.log.splice(index, 1);
    }
  }
}
