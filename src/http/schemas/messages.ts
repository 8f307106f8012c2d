/** Messages in the room: the `message` object, a held message, taking a turn. */
import { type Static, Type } from '@sinclair/typebox';
import { MESSAGE_MAX_LENGTH } from '../../domain/limits.js';
import { DateTime, Nullable } from './common.js';

/** The `message` object (the stored event's shape, `StoredMessage`, is versioned apart). */
export const Message = Type.Object({
  id: Type.String(),
  author: Type.Unsafe<'participant' | 'mediator' | 'system'>(Type.String()),
  author_user_id: Nullable(Type.String()),
  kind: Type.String(),
  text: Type.String(),
  /** True when only the viewer can see it (e.g. the mediator's private safety reply). */
  private: Type.Boolean(),
  reply_to_message_id: Nullable(Type.String()),
  created_at: DateTime,
  /** The BCP 47 tag the text was written in, when known. */
  language: Type.Optional(Nullable(Type.String())),
  /** The text in the viewer's language, when it was written in another (translated by the AI). */
  translation: Type.Optional(
    Nullable(
      Type.Object({
        text: Type.String(),
        locale: Type.String(),
        by: Type.Literal('ai'),
      }),
    ),
  ),
});
export type MessageResponse = Static<typeof Message>;

/** A message written out of turn: kept, shown to its writer only, shared when their turn comes. */
export const HeldMessage = Type.Object({
  id: Type.String(),
  text: Type.String(),
  created_at: DateTime,
});
export type HeldMessageResponse = Static<typeof HeldMessage>;

export const RespondBody = Type.Object(
  { message: Type.String({ minLength: 1, maxLength: MESSAGE_MAX_LENGTH }) },
  { additionalProperties: false },
);

export const RespondResponse = Type.Object({
  success: Type.Boolean(),
  message: Message,
  ai_response: Nullable(Type.String()),
  /** True when the mediator's reply will follow (arrives as a room event and in GET room). */
  ai_response_pending: Type.Boolean(),
  safety_pause: Type.Boolean(),
  current_turn_user_id: Nullable(Type.String()),
  whatsapp_notification_sent: Type.Boolean(),
});

/** `POST …/main-room/hold`: the kept message, or the private answer when it raised a concern. */
export const HoldResponse = Type.Object({
  held: HeldMessage,
  /** True when the words raised a concern: kept private, answered with `ai_response`. */
  safety_pause: Type.Optional(Type.Boolean()),
  ai_response: Type.Optional(Type.String()),
});
