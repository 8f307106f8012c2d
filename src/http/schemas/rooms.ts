/** Rooms: the `room` object (whole, and as a summary for lists), making one, a break. */
import { type Static, Type } from '@sinclair/typebox';
import { AgreementDraft } from './agreements.js';
import { DateTime, Nullable } from './common.js';
import { Invite } from './invites.js';
import { HeldMessage, Message } from './messages.js';
import { Participant } from './participants.js';
import { ScreeningStatus } from './screening.js';

export { Participant } from './participants.js';

const RoomSummaryProperties = {
  id: Type.String(),
  title: Type.String(),
  topic: Nullable(Type.String()),
  phase: Type.String(),
  stage: Type.String(),
  participants: Type.Array(Participant),
  current_turn_user_id: Nullable(Type.String()),
  /** The join link; only known right after it is made (links are stored hashed). */
  invite_url: Nullable(Type.String()),
  invite: Nullable(Invite),
  /** Every invite for the other person's seat that can still be used (link, WhatsApp, email). */
  open_invites: Type.Array(Invite),
  /** `reason` and `started_by` only for the person who paused (they alone can resume). */
  break: Nullable(
    Type.Object({
      reason: Nullable(Type.String()),
      started_by: Nullable(Type.String()),
      started_at: DateTime,
    }),
  ),
  /** True only for the person whose message paused the session for safety. */
  safety_paused: Type.Boolean(),
  /** The viewer's own private screening (never the other person's). */
  screening: ScreeningStatus,
  created_at: DateTime,
  last_activity_at: DateTime,
  resolved_at: Nullable(DateTime),
};

/** The room without its messages (for lists). */
export const RoomSummary = Type.Object(RoomSummaryProperties);
export type RoomSummaryResponse = Static<typeof RoomSummary>;

/** The whole room, as one participant sees it. */
export const Room = Type.Object({
  ...RoomSummaryProperties,
  messages: Type.Array(Message),
  /** The caller's own held messages (never the other person's). */
  held_messages: Type.Array(HeldMessage),
  /** The latest draft still open for confirmation, if any. */
  agreement_draft: Nullable(AgreementDraft),
  /** Open the event stream with `Last-Event-ID` (or `?after=`) set to this to miss nothing. */
  last_event_id: Type.Integer(),
});
export type RoomResponse = Static<typeof Room>;

/** `GET /api/rooms`: the caller's rooms. */
export const RoomList = Type.Object({ rooms: Type.Array(RoomSummary) });

export const CreateRoomBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 120 })),
    topic: Type.Optional(Type.String({ maxLength: 500 })),
    /** False: make no join link now (the web asks for one only when the person copies a link). */
    invite_link: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const RoomParams = Type.Object({ room_id: Type.String({ maxLength: 64 }) });

export const BreakBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
