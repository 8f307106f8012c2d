/** The room's data in the cache, and the actions taken in it. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { AgreementDraft, Room } from '../api/types';

export const roomKey = (roomId: string) => ['room', roomId] as const;
/** The latest agreement draft announced on the room's live stream. */
export const draftKey = (roomId: string) => ['agreement-draft', roomId] as const;

/** One room, as the viewer sees it; polled while `pollMs` is set. */
export function useRoom(roomId: string, pollMs: number | false = false) {
  return useQuery({
    queryKey: roomKey(roomId),
    queryFn: ({ signal }) => api.get<Room>(`/api/rooms/${encodeURIComponent(roomId)}`, signal),
    refetchInterval: pollMs,
  });
}

/** The API path of a room action. */
export function roomPath(roomId: string, action: string): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/${action}`;
}

/** The latest draft the live stream announced (null until one is). */
export function useAnnouncedDraft(roomId: string) {
  return useQuery<AgreementDraft | null>({
    queryKey: draftKey(roomId),
    queryFn: () => null,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
