/** Inviting the other person and joining: invites, the join page's preview, the join itself. */
import { type Static, Type } from '@sinclair/typebox';
import { User } from './accounts.js';
import { DateTime, LocaleTag, Name, Nullable } from './common.js';

/** An invite as its sender sees it (never its token or the token's hash). */
export const Invite = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  recipient_name: Nullable(Type.String()),
  /** The language the inviter said the other person reads (a BCP 47 tag), when they said one. */
  recipient_locale: Type.Optional(Nullable(Type.String())),
  status: Type.Unsafe<'pending' | 'used' | 'expired' | 'revoked'>(Type.String()),
  /** How far the invite got: queued → sent → delivered → read → opened → joined (or failed). */
  progress: Type.String(),
  created_at: DateTime,
  expires_at: DateTime,
  opened_at: Nullable(DateTime),
  joined_at: Nullable(DateTime),
});
export type InviteResponse = Static<typeof Invite>;

export const InviteParams = Type.Object({
  room_id: Type.String({ maxLength: 64 }),
  invite_id: Type.String({ maxLength: 64 }),
});
export const InviteTokenParams = Type.Object({ invite_token: Type.String({ maxLength: 200 }) });

export const NewInviteBody = Type.Object(
  {
    recipient_name: Type.Optional(Type.String({ maxLength: 80 })),
    /** The language the other person reads, if the inviter knows: their invite and join page use it. */
    recipient_locale: Type.Optional(LocaleTag),
  },
  { additionalProperties: false },
);

/** `POST /api/rooms/:room_id/invites`: a fresh join link, shown this once. */
export const NewInviteResponse = Type.Object({ invite: Invite, invite_url: Type.String() });

/** `DELETE /api/rooms/:room_id/invites/:invite_id`: the cancelled invite. */
export const CancelInviteResponse = Type.Object({ invite: Invite });

export const InviteWhatsAppBody = Type.Object(
  {
    phone_number: Type.String({ minLength: 3, maxLength: 32 }),
    recipient_name: Type.Optional(Type.String({ maxLength: 80 })),
    /** The language the other person reads, if the inviter knows: their invite and join page use it. */
    recipient_locale: Type.Optional(LocaleTag),
  },
  { additionalProperties: false },
);

export const InviteEmailBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    recipient_name: Type.Optional(Type.String({ maxLength: 80 })),
    /** The language the other person reads, if the inviter knows: their invite and join page use it. */
    recipient_locale: Type.Optional(LocaleTag),
  },
  { additionalProperties: false },
);

/** `POST …/invite-whatsapp`: 200 once WhatsApp took it, 202 while Meedi8 keeps trying. */
export const InviteWhatsAppSent = Type.Object({
  success: Type.Boolean(),
  status: Type.String(),
  message: Type.String(),
  whatsapp_message_id: Nullable(Type.String()),
  invite: Invite,
});

/** `POST …/invite-email`: the email is queued. */
export const InviteEmailSent = Type.Object({
  success: Type.Boolean(),
  message: Type.String(),
  invite: Invite,
});

/** What the join page shows before someone joins. */
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
  /** The language the inviter said the other person reads (a BCP 47 tag), when they said one. */
  recipient_locale: Type.Optional(Nullable(Type.String())),
  status: Type.Unsafe<'pending' | 'used' | 'expired' | 'revoked'>(Type.String()),
  expires_at: DateTime,
});
export type InvitePreviewResponse = Static<typeof InvitePreview>;

export const JoinBody = Type.Object(
  {
    name: Type.Optional(Name),
    /** Yes to updates on WhatsApp at the number the invite was sent to (their opt-in). */
    whatsapp_opt_in: Type.Optional(Type.Boolean()),
    /** The language the person picked on the join page (their choice). */
    locale: Type.Optional(LocaleTag),
    /** Their browser's language (`navigator.language`), kept when nothing stronger is known. */
    browser_locale: Type.Optional(LocaleTag),
  },
  { additionalProperties: false },
);

export const JoinResponse = Type.Object({
  token: Type.String(),
  room_id: Type.String(),
  user: User,
});
