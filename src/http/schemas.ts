/**
 * Request and response shapes of the HTTP API (API.md), as JSON Schema with TypeScript types.
 * Routes validate with them and serialize through them; the web client imports the types, so this
 * file imports nothing but TypeBox and plain constants.
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import {
  AGREEMENT_MAX_LENGTH,
  CHANGE_REQUEST_MAX_LENGTH,
  MESSAGE_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../domain/limits.js';
import type { ErrorCode } from '../error-codes.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const ErrorResponse = Type.Object({
  error: Type.Object({
    /** One of the catalogue's codes (src/errors.ts). */
    code: Type.Unsafe<ErrorCode>(Type.String()),
    message: Type.String(),
  }),
});

export const NotificationFrequency = Type.Union([
  Type.Literal('realtime'),
  Type.Literal('hourly'),
  Type.Literal('daily'),
  Type.Literal('off'),
]);

export const QuietHours = Type.Object(
  {
    start: Type.String({ description: 'HH:MM, local time' }),
    end: Type.String({ description: 'HH:MM, local time' }),
    time_zone: Type.String({ minLength: 1, maxLength: 64 }),
  },
  { additionalProperties: false },
);

export const User = Type.Object({
  id: Type.String(),
  email: Nullable(Type.String()),
  name: Type.String(),
  is_guest: Type.Boolean(),
  is_admin: Type.Boolean(),
  phone_number: Nullable(Type.String()),
  phone_number_verified: Type.Boolean(),
  phone_number_verified_at: Nullable(DateTime),
  whatsapp_opt_in: Type.Boolean(),
  whatsapp_opt_in_at: Nullable(DateTime),
  notification_frequency: NotificationFrequency,
  quiet_hours: Nullable(QuietHours),
  locale: Type.String(),
  created_at: DateTime,
});

const Email = Type.String({ format: 'email', maxLength: 254 });
const Name = Type.String({ minLength: 1, maxLength: 80 });
const Locale = Type.String({ pattern: '^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$', maxLength: 35 });

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }),
    name: Name,
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { additionalProperties: false },
);

export const AuthResponse = Type.Object({ token: Type.String(), user: User });

/** `DELETE /api/users/me`: the person types the confirmation, so a stray request deletes nothing. */
export const DeleteMeBody = Type.Object(
  { confirm: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(Name),
    phone_number: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 32 }))),
    whatsapp_opt_in: Type.Optional(Type.Boolean()),
    notification_frequency: Type.Optional(NotificationFrequency),
    quiet_hours: Type.Optional(Nullable(QuietHours)),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PhoneCodeSent = Type.Object({
  success: Type.Literal(true),
  message: Type.String(),
  phone_number: Type.String(),
  expires_at: DateTime,
});

export const ConfirmPhoneCodeBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 20 }) },
  { additionalProperties: false },
);

export const Participant = Type.Object({
  user_id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  is_guest: Type.Boolean(),
  joined_at: DateTime,
});

export const Invite = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  recipient_name: Nullable(Type.String()),
  status: Type.String(),
  progress: Type.String(),
  created_at: DateTime,
  expires_at: DateTime,
  opened_at: Nullable(DateTime),
  joined_at: Nullable(DateTime),
});

export const Message = Type.Object({
  id: Type.String(),
  author: Type.String(),
  author_user_id: Nullable(Type.String()),
  kind: Type.String(),
  text: Type.String(),
  private: Type.Boolean(),
  reply_to_message_id: Nullable(Type.String()),
  created_at: DateTime,
});

const RoomSummaryProperties = {
  id: Type.String(),
  title: Type.String(),
  topic: Nullable(Type.String()),
  phase: Type.String(),
  stage: Type.String(),
  participants: Type.Array(Participant),
  current_turn_user_id: Nullable(Type.String()),
  invite_url: Nullable(Type.String()),
  invite: Nullable(Invite),
  /** Every invite for the other person's seat that can still be used (link, WhatsApp, email). */
  open_invites: Type.Array(Invite),
  break: Nullable(
    Type.Object({
      reason: Nullable(Type.String()),
      started_by: Nullable(Type.String()),
      started_at: DateTime,
    }),
  ),
  safety_paused: Type.Boolean(),
  /** The viewer's own private screening (never the other person's). */
  screening: Type.Object({
    status: Type.Union([Type.Literal('needed'), Type.Literal('done')]),
    outcome: Nullable(
      Type.Union([Type.Literal('proceed'), Type.Literal('adapt'), Type.Literal('stop')]),
    ),
  }),
  created_at: DateTime,
  last_activity_at: DateTime,
  resolved_at: Nullable(DateTime),
};

export const RoomSummary = Type.Object(RoomSummaryProperties);
/** A message written out of turn: kept, shown to its writer only, shared when their turn comes. */
export const HeldMessage = Type.Object({
  id: Type.String(),
  text: Type.String(),
  created_at: DateTime,
});

export const AgreementConfirmation = Type.Object({
  user_id: Type.String(),
  decision: Type.Union([Type.Literal('confirmed'), Type.Literal('changes_requested')]),
  note: Nullable(Type.String()),
  at: DateTime,
});

/** The mediator's draft of the agreement, waiting for each person to confirm or ask for changes. */
export const AgreementDraft = Type.Object({
  id: Type.String(),
  summary: Type.String(),
  commitments: Type.Array(
    Type.Object({ participant_id: Nullable(Type.String()), text: Type.String() }),
  ),
  text: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('superseded')]),
  /** The person who proposed this text; null when the mediator drafted it. */
  proposed_by: Nullable(Type.String()),
  confirmations: Type.Array(AgreementConfirmation),
  created_at: DateTime,
});

export const Room = Type.Object({
  ...RoomSummaryProperties,
  messages: Type.Array(Message),
  /** The caller's own held messages (never the other person's). */
  held_messages: Type.Array(HeldMessage),
  /** The latest draft still open for confirmation, if any. */
  agreement_draft: Nullable(AgreementDraft),
  last_event_id: Type.Integer(),
});

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
export const InviteParams = Type.Object({
  room_id: Type.String({ maxLength: 64 }),
  invite_id: Type.String({ maxLength: 64 }),
});
export const InviteTokenParams = Type.Object({ invite_token: Type.String({ maxLength: 200 }) });

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

export const BreakBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const FinalizeBody = Type.Object(
  { agreement_text: Type.String({ minLength: 1, maxLength: AGREEMENT_MAX_LENGTH }) },
  { additionalProperties: false },
);

export const Agreement = Type.Object({
  id: Type.String(),
  text: Type.String(),
  /** Null when the person who finalized it has since deleted their account. */
  finalized_by: Nullable(Type.String()),
  created_at: DateTime,
});

/** GET /api/rooms/:room_id/resolution: the agreement with what both confirmed, and who. */
export const ResolutionResponse = Type.Object({
  agreement: Type.Object({
    ...Agreement.properties,
    /** The confirmed draft's commitments (empty when the agreement was finalized directly). */
    commitments: AgreementDraft.properties.commitments,
    /** Each person's confirmation of that draft (empty when finalized directly). */
    confirmations: Type.Array(AgreementConfirmation),
    /** Who proposed the confirmed text; null when the mediator drafted it. */
    proposed_by: Nullable(Type.String()),
  }),
  resolved_at: DateTime,
  participants: Type.Array(Participant),
});

export const AgreementDraftParams = Type.Object({
  room_id: Type.String({ maxLength: 64 }),
  draft_id: Type.String({ maxLength: 64 }),
});

export const RequestChangesBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: CHANGE_REQUEST_MAX_LENGTH }) },
  { additionalProperties: false },
);

/** Who has still to confirm the agreement on the table. */
const Awaiting = Type.Array(Type.Object({ user_id: Type.String(), name: Type.String() }));

/** POST /api/rooms/:room_id/finalize: the proposal (or, once all confirmed, the agreement). */
export const FinalizeResponse = Type.Object({
  success: Type.Boolean(),
  phase: Type.String(),
  agreement: Type.Object({
    ...Agreement.properties,
    /** The draft that holds this text and its confirmations. */
    draft_id: Type.String(),
    /** `proposed` until everyone has confirmed it, then `agreed`. */
    status: Type.Union([Type.Literal('proposed'), Type.Literal('agreed')]),
    confirmations: Type.Array(AgreementConfirmation),
  }),
  awaiting: Awaiting,
});

export const ConfirmAgreementResponse = Type.Object({
  success: Type.Boolean(),
  /** True once both people have confirmed: the room is resolved. */
  resolved: Type.Boolean(),
  phase: Type.String(),
  /** Who has still to confirm this draft. */
  awaiting: Type.Optional(Awaiting),
});

export const Success = Type.Object({ success: Type.Boolean() });

export const JoinBody = Type.Object(
  {
    name: Type.Optional(Name),
    /** Yes to updates on WhatsApp at the number the invite was sent to (their opt-in). */
    whatsapp_opt_in: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const JoinResponse = Type.Object({
  token: Type.String(),
  room_id: Type.String(),
  user: User,
});

export const InvitePreview = Type.Object({
  channel: Type.String(),
  /** The last digits of the number a WhatsApp invite went to, to offer as the guest's phone. */
  whatsapp_number_hint: Nullable(Type.String()),
  room_title: Type.String(),
  topic: Nullable(Type.String()),
  inviter_name: Type.String(),
  /** Who cancelled the invite, only when a person did; null when another invite replaced it. */
  cancelled_by_name: Nullable(Type.String()),
  recipient_name: Nullable(Type.String()),
  status: Type.String(),
  expires_at: DateTime,
});

export const NewInviteBody = Type.Object(
  { recipient_name: Type.Optional(Type.String({ maxLength: 80 })) },
  { additionalProperties: false },
);

export type UserResponse = Static<typeof User>;
export type RoomResponse = Static<typeof Room>;
export type RoomSummaryResponse = Static<typeof RoomSummary>;
export type MessageResponse = Static<typeof Message>;
export type AgreementDraftResponse = Static<typeof AgreementDraft>;
export type HeldMessageResponse = Static<typeof HeldMessage>;
export type InviteResponse = Static<typeof Invite>;
export type InvitePreviewResponse = Static<typeof InvitePreview>;
export type ErrorBody = Static<typeof ErrorResponse>;

/** Error responses every route may give, for the route schemas. */
export const errorResponses = {
  '4xx': ErrorResponse,
  '5xx': ErrorResponse,
};

/** One screening answer: yes, no, not sure, or skipped. */
export const ScreeningAnswer = Type.Union([
  Type.Literal('yes'),
  Type.Literal('no'),
  Type.Literal('unsure'),
  Type.Literal('skip'),
]);

/** The private screening questions and where the caller's own screening stands. */
export const ScreeningQuestions = Type.Object({
  status: Type.Union([Type.Literal('needed'), Type.Literal('done')]),
  outcome: Nullable(
    Type.Union([Type.Literal('proceed'), Type.Literal('adapt'), Type.Literal('stop')]),
  ),
  intro: Type.String(),
  questions: Type.Array(Type.Object({ id: Type.String(), text: Type.String() })),
});

/** Answers by question id; a question left out counts as skipped. */
export const ScreeningBody = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: 40 }), ScreeningAnswer, { maxProperties: 20 }),
  },
  { additionalProperties: false },
);

/** What the caller's answers mean for them (the other person never sees this). */
export const ScreeningResult = Type.Object({
  outcome: Type.Union([Type.Literal('proceed'), Type.Literal('adapt'), Type.Literal('stop')]),
  message: Type.String(),
  phase: Type.String(),
});
