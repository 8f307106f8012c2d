/**
 * The bookkeeping behind the room's live stream: the last event seen (to resume from after a
 * reconnection, so nothing is missed or shown twice) and how long to wait before reconnecting.
 */

/** The id of the last room event applied; events at or before it are duplicates. */
export class EventCursor {
  constructor(private last: number) {}

  get lastId(): number {
    return this.last;
  }

  /** Records an event id; false when it was already seen (a replay after reconnecting). */
  accept(id: number): boolean {
    if (!Number.isFinite(id) || id <= this.last) return false;
    this.last = id;
    return true;
  }

  /** Moves forward to a snapshot's last event (never backwards). */
  advanceTo(id: number): void {
    if (Number.isFinite(id) && id > this.last) this.last = id;
  }

  /** The stream's address, resuming after the last event seen. */
  url(roomId: string): string {
    return `/api/rooms/${encodeURIComponent(roomId)}/events?after=${this.last}`;
  }
}

export const RECONNECT_BASE_MS = 1000;
export const RECONNECT_MAX_MS = 30_000;

/** Wait before reconnection attempt `attempt` (0-based): doubling, capped, with jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, attempt));
  // Between half and all of the ceiling, so many clients do not reconnect in step.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
