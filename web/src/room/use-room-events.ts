/**
 * Keeps a room live: listens to its server-sent events from the last event the page has, and
 * refreshes the room when something happens. The browser's EventSource reconnects by itself
 * (sending Last-Event-ID); when it gives up (the server refused, or the network was gone too
 * long) this reconnects with a growing delay, resuming after the last event seen.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ROOM_EVENT_TYPES } from '../../../src/storage/room-event-types';
import type { AgreementDraft, Message, Room } from '../api/types';
import { EventCursor, reconnectDelay } from './event-cursor';
import { draftKey, roomKey } from './room-queries';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

/** Subscribes to the room's events while `enabled`; returns the stream's state. */
export function useRoomEvents(
  roomId: string,
  lastEventId: number | undefined,
  enabled = true,
): StreamState {
  const client = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  const cursor = useRef<EventCursor | null>(null);

  // The snapshot the page loaded tells where the stream starts.
  if (lastEventId !== undefined) {
    if (!cursor.current) cursor.current = new EventCursor(lastEventId);
  }
  const ready = lastEventId !== undefined;

  useEffect(() => {
    if (!enabled || !ready || !cursor.current || typeof EventSource === 'undefined') return;
    const position = cursor.current;
    let source: EventSource | null = null;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;

    // Several events usually arrive together; refresh once for them.
    const refreshSoon = () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(
        () => void client.invalidateQueries({ queryKey: roomKey(roomId) }),
        150,
      );
    };

    const onEvent = (event: MessageEvent<string>) => {
      if (!position.accept(Number(event.lastEventId))) return;
      if (event.type === 'message') appendMessage(event.data);
      if (event.type === 'agreement_draft') keepDraft(event.data);
      refreshSoon();
    };

    const appendMessage = (data: string) => {
      let message: Message;
      try {
        message = JSON.parse(data) as Message;
      } catch {
        return;
      }
      client.setQueryData<Room>(roomKey(roomId), (room) =>
        room && !room.messages.some((m) => m.id === message.id)
          ? { ...room, messages: [...room.messages, message] }
          : room,
      );
    };

    // The newest draft as announced, for rooms whose snapshot does not carry it.
    const keepDraft = (data: string) => {
      try {
        client.setQueryData(draftKey(roomId), JSON.parse(data) as AgreementDraft);
      } catch {
        // not JSON: the refresh below still brings the room up to date
      }
    };

    const open = () => {
      if (closed) return;
      source = new EventSource(position.url(roomId), { withCredentials: true });
      for (const type of ROOM_EVENT_TYPES) source.addEventListener(type, onEvent);
      source.onopen = () => {
        if (attempt > 0) refreshSoon(); // catch up on anything the events do not carry
        attempt = 0;
        setState('live');
      };
      source.onerror = () => {
        if (!source || source.readyState !== EventSource.CLOSED) {
          setState('reconnecting'); // the browser is already reconnecting
          return;
        }
        source = null;
        setState('reconnecting');
        retryTimer = setTimeout(open, reconnectDelay(attempt++));
      };
    };

    open();
    return () => {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(refreshTimer);
      source?.close();
    };
  }, [client, roomId, enabled, ready]);

  return state;
}
