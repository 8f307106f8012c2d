/**
 * Front ends that follow rooms outside the web (the WhatsApp chat today) subscribe here at
 * start-up; the domain records events and calls them, so it never imports a front end. Each is
 * called once per room inside the transaction that recorded the events.
 */
import type { Db } from '../../storage/database.js';

export type RoomEventsSubscriber = (trx: Db, roomId: string) => Promise<void>;

const subscribers = new Set<RoomEventsSubscriber>();

/** Registers a subscriber (registering the same function twice keeps one). */
export function subscribeToRoomEvents(subscriber: RoomEventsSubscriber): void {
  subscribers.add(subscriber);
}

/** Tells every subscriber that the room has new events (inside the caller's transaction). */
export async function announceRoomEvents(trx: Db, roomId: string): Promise<void> {
  for (const subscriber of subscribers) await subscriber(trx, roomId);
}
