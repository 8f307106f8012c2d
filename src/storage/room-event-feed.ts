/**
 * Live wake-ups for room viewers. One LISTEN connection per process hears every room's NOTIFY
 * (sent at commit by any server or worker) and wakes that room's subscribers, who then read
 * the new events from the table. After a lost connection every subscriber is woken to catch up.
 */
import pg from 'pg';
import type { Logger } from 'pino';

/** The NOTIFY channel every room event is announced on (the payload is the room id). */
export const ROOM_EVENTS_CHANNEL = 'meedi8_room_events';

type Wake = () => void;

export class RoomEventFeed {
  private readonly subscribers = new Map<string, Set<Wake>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryDelayMs = 500;
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Calls `wake` whenever the room may have new events; returns the unsubscribe function. */
  async subscribe(roomId: string, wake: Wake): Promise<() => void> {
    let set = this.subscribers.get(roomId);
    if (!set) {
      set = new Set();
      this.subscribers.set(roomId, set);
    }
    set.add(wake);
    await this.ensureListening();
    return () => {
      set.delete(wake);
      if (set.size === 0) this.subscribers.delete(roomId);
    };
  }

  /** Stops listening; subscribers are the caller's to end. */
  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private ensureListening(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'meedi8-events',
    });
    client.on('notification', (msg) => {
      if (msg.payload) this.wakeRoom(msg.payload);
    });
    client.on('error', (err) => {
      this.logger.warn(
        { err: { message: err.message } },
        'room event listener lost its connection',
      );
      this.reconnectSoon(client);
    });
    client.on('end', () => this.reconnectSoon(client));
    await client.connect();
    await client.query(`listen ${ROOM_EVENTS_CHANNEL}`);
    this.client = client;
    this.retryDelayMs = 500;
  }

  private reconnectSoon(lost: pg.Client): void {
    if (this.client !== lost || this.closed) return;
    this.client = null;
    setTimeout(() => {
      this.ensureListening()
        .then(() => this.wakeAll())
        .catch(() => this.reconnectSoonAfterFailure());
    }, this.retryDelayMs).unref();
  }

  private reconnectSoonAfterFailure(): void {
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 30_000);
    setTimeout(() => {
      this.ensureListening()
        .then(() => this.wakeAll())
        .catch(() => this.reconnectSoonAfterFailure());
    }, this.retryDelayMs).unref();
  }

  private wakeRoom(roomId: string): void {
    for (const wake of this.subscribers.get(roomId) ?? []) wake();
  }

  private wakeAll(): void {
    for (const roomId of this.subscribers.keys()) this.wakeRoom(roomId);
  }
}
