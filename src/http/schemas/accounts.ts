/** The account: the `user` object, registering, signing in, the profile and the phone's code. */
import { type Static, Type } from '@sinclair/typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/limits.js';
import { DateTime, LocaleTag, Name, Nullable } from './common.js';

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

/** The `user` object, as the account holder sees it. */
export const User = Type.Object({
  id: Type.String(),
  email: Nullable(Type.String()),
  name: Type.String(),
  is_guest: Type.Boolean(),
  /** Meedi8 operators: the web client shows them the operator console. */
  is_admin: Type.Boolean(),
  /** The number as the person last gave it (proven or not). */
  phone_number: Nullable(Type.String()),
  /** False while `phone_number` waits for its code: until then it gets nothing but that code. */
  phone_number_verified: Type.Boolean(),
  phone_number_verified_at: Nullable(DateTime),
  whatsapp_opt_in: Type.Boolean(),
  whatsapp_opt_in_at: Nullable(DateTime),
  notification_frequency: NotificationFrequency,
  quiet_hours: Nullable(QuietHours),
  /** The person's language (BCP 47); `locale_source` says where it came from. */
  locale: Type.String(),
  locale_source: Nullable(
    Type.Unsafe<'country' | 'browser' | 'invite' | 'written' | 'chosen'>(Type.String()),
  ),
  created_at: DateTime,
});
export type UserResponse = Static<typeof User>;

const Email = Type.String({ format: 'email', maxLength: 254 });
const Locale = LocaleTag;

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

/**
 * `POST /api/auth/password-reset`: the account's email, or the WhatsApp number it has proven
 * (any common writing; read in DEFAULT_COUNTRY without a country code). Exactly one of the two.
 */
export const PasswordResetBody = Type.Object(
  {
    email: Type.Optional(Email),
    phone: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
  },
  { additionalProperties: false, minProperties: 1, maxProperties: 1 },
);

/** The same answer whether or not an account exists, so it reveals nobody's account. */
export const PasswordResetRequested = Type.Object({
  success: Type.Literal(true),
  message: Type.String(),
});

/** `POST /api/auth/password-reset/confirm`: the link's secret and the new password. */
export const PasswordResetConfirmBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { additionalProperties: false },
);

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
