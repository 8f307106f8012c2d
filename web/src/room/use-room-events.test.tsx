import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Room } from '../api/types';
import { draftKey, roomKey } from './room-queries';
import { useRoomEvents } from './use-room-events';

/** A stand-in EventSource the test drives by hand. */
class FakeEventSource {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static made: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.made.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  emit(type: string, id: number, data: unknown) {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: String(id) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
}

const room = { id: 'r1', messages: [], last_event_id: 7 } as unknown as Room;

function setup() {
  const client = new QueryClient();
  client.setQueryData(roomKey('r1'), room);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useRoomEvents('r1', 7), { wrapper });
  return { client, hook };
}

beforeEach(() => {
  FakeEventSource.made = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useRoomEvents', () => {
  it('starts after the page’s last event, applies new messages once, and reports live', () => {
    const { client, hook } = setup();
    const source = FakeEventSource.made[0]!;
    expect(source.url).toBe('/api/rooms/r1/events?after=7');
    act(() => source.open());
    expect(hook.result.current).toBe('live');
    const message = { id: 'm1', author: 'participant', text: 'Hello 👋' };
    act(() => {
      source.emit('message', 8, message);
      source.emit('message', 8, message); // a replay
      source.emit('message', 6, { id: 'old' }); // already in the snapshot
    });
    expect(client.getQueryData<Room>(roomKey('r1'))!.messages.map((m) => m.id)).toEqual(['m1']);
    act(() => source.emit('agreement_draft', 9, { summary: 'We agree', commitments: [] }));
    expect(client.getQueryData(draftKey('r1'))).toEqual({ summary: 'We agree', commitments: [] });
  });

  it('reconnects after the browser gives up, resuming after the last event seen', () => {
    const { hook } = setup();
    const first = FakeEventSource.made[0]!;
    act(() => {
      first.open();
      first.emit('turn', 9, { current_turn_user_id: 'x' });
      first.fail();
    });
    expect(hook.result.current).toBe('reconnecting');
    expect(FakeEventSource.made).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1000));
    const second = FakeEventSource.made[1]!;
    expect(second.url).toBe('/api/rooms/r1/events?after=9');
    act(() => second.open());
    expect(hook.result.current).toBe('live');
  });

  it('closes the stream when the page goes away', () => {
    const { hook } = setup();
    const source = FakeEventSource.made[0]!;
    hook.unmount();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });
});
