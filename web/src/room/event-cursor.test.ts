import { describe, expect, it } from 'vitest';
import { EventCursor, RECONNECT_MAX_MS, reconnectDelay } from './event-cursor';

describe('EventCursor', () => {
  it('starts after the snapshot and skips events already seen', () => {
    const cursor = new EventCursor(10);
    expect(cursor.url('room 1')).toBe('/api/rooms/room%201/events?after=10');
    expect(cursor.accept(9)).toBe(false);
    expect(cursor.accept(10)).toBe(false);
    expect(cursor.accept(11)).toBe(true);
    expect(cursor.accept(11)).toBe(false); // replayed after a reconnection
    expect(cursor.accept(13)).toBe(true);
    expect(cursor.lastId).toBe(13);
    expect(cursor.url('r')).toBe('/api/rooms/r/events?after=13');
  });

  it('ignores events without a usable id and never moves back', () => {
    const cursor = new EventCursor(5);
    expect(cursor.accept(Number(''))).toBe(false);
    expect(cursor.accept(Number.NaN)).toBe(false);
    cursor.advanceTo(3);
    expect(cursor.lastId).toBe(5);
    cursor.advanceTo(8);
    expect(cursor.lastId).toBe(8);
  });
});

describe('reconnectDelay', () => {
  it('doubles from a second, with jitter, up to 30 seconds', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 1)).toBe(1000);
    expect(reconnectDelay(3, () => 1)).toBe(8000);
    expect(reconnectDelay(20, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(20, () => 0)).toBe(RECONNECT_MAX_MS / 2);
  });
});
