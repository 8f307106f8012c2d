/** The `room` object of the API, as one participant sees it. */
import type { Static } from '@sinclair/typebox';
import type { Room, RoomSummary } from '../../http/schemas/rooms.js';
import type { Db } from '../../storage/database.js';
import type { RoomRow } from '../../storage/schema.js';
import { localeOfUser } from '../accounts/user-locale.js';
import { screeningOf } from '../safety/screening-state.js';
import { openDraftOf } from './agreement-drafts.js';
import { heldMessagesOf } from './hold-message.js';
import { inviteDeliveryStatus, toInviteView } from './invites.js';
import { toMessageView } from './message-view.js';
import { holdsPause } from './pause-owner.js';
import type { RoomParticipant } from './room-access.js';

/** The API's `RoomSummary` (src/http/schemas/rooms.ts). */
export type RoomSummaryView = Static<typeof RoomSummary>;

/** The API's `Room` (src/http/schemas/rooms.ts). */
export type RoomView = Static<typeof Room>;

/** The room without its messages (for lists). */
export async function toRoomSummary(
  db: Db,
  room: RoomRow,
  participants: RoomParticipant[],
  viewerId: string,
  inviteUrl: string | null = null,
): Promise<RoomSummaryView> {
  // The other person learns only that the session is paused: never who asked, why, or whether it
  // was for safety; a break and a safety pause look the same to them.
  const viewerPaused = holdsPause(room, viewerId);
  const pausedForSafety = room.safety_paused_by === viewerId;
  const invites = await db
    .selectFrom('invites')
    .selectAll()
    .where('room_id', '=', room.id)
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute();
  const views = await Promise.all(
    invites.map(async (row) => toInviteView(row, await inviteDeliveryStatus(db, row))),
  );
  return {
    id: room.id,
    title: room.title,
    topic: room.topic,
    phase: room.phase,
    stage: room.stage,
    participants: participants.map((p) => ({
      user_id: p.user_id,
      name: p.name,
      role: p.role,
      is_guest: p.is_guest,
      joined_at: p.joined_at.toISOString(),
    })),
    current_turn_user_id: room.current_turn_user_id,
    invite_url: inviteUrl,
    invite: views[0] ?? null,
    open_invites: views.filter((view) => view.status === 'pending'),
    break:
      room.phase === 'on_break' && room.break_started_at
        ? {
            reason: viewerPaused && !pausedForSafety ? room.break_reason : null,
            started_by: viewerPaused ? viewerId : null,
            started_at: room.break_started_at.toISOString(),
          }
        : null,
    safety_paused: viewerPaused && pausedForSafety,
    screening: await screeningOf(db, room.id, viewerId),
    created_at: room.created_at.toISOString(),
    last_activity_at: room.last_activity_at.toISOString(),
    resolved_at: room.resolved_at?.toISOString() ?? null,
  };
}

/** The whole room with the messages `viewerId` may see, oldest first. */
export async function toRoomView(
  db: Db,
  room: RoomRow,
  participants: RoomParticipant[],
  viewerId: string,
  inviteUrl: string | null = null,
): Promise<RoomView> {
  const messages = await db
    .selectFrom('messages')
    .selectAll()
    .where('room_id', '=', room.id)
    .where((eb) =>
      eb.or([eb('visible_to_user_id', 'is', null), eb('visible_to_user_id', '=', viewerId)]),
    )
    .orderBy('seq')
    .execute();
  const lastEvent = await db
    .selectFrom('room_events')
    .select((eb) => eb.fn.max('id').as('max'))
    .where('room_id', '=', room.id)
    .executeTakeFirst();
  return {
    ...(await toRoomSummary(db, room, participants, viewerId, inviteUrl)),
    messages: messages.map(toMessageView),
    held_messages: await heldMessagesOf(db, room.id, viewerId),
    agreement_draft: await openDraftOf(db, room.id, await localeOfUser(db, viewerId)),
    last_event_id: lastEvent?.max ?? 0,
  };
}
