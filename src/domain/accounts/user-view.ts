/** The `user` object of the API, as the account holder sees it. */
import type { NotificationFrequency, QuietHours, UserRow } from '../../storage/schema.js';

export interface UserView {
  id: string;
  email: string | null;
  name: string;
  is_guest: boolean;
  /** Meedi8 operators: the web client shows them the operator console. */
  is_admin: boolean;
  /** The number as the person last gave it (proven or not). */
  phone_number: string | null;
  /** False while `phone_number` waits for its code: until then it gets nothing but that code. */
  phone_number_verified: boolean;
  phone_number_verified_at: string | null;
  whatsapp_opt_in: boolean;
  whatsapp_opt_in_at: string | null;
  notification_frequency: NotificationFrequency;
  quiet_hours: QuietHours | null;
  locale: string;
  created_at: string;
}

/** Shapes a user row for the API (never the password hash). */
export function toUserView(user: UserRow): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    is_guest: user.is_guest,
    is_admin: user.is_admin,
    phone_number: user.pending_phone_number ?? user.phone_number,
    phone_number_verified: user.pending_phone_number === null && user.phone_number !== null,
    phone_number_verified_at:
      user.pending_phone_number === null
        ? (user.phone_number_verified_at?.toISOString() ?? null)
        : null,
    whatsapp_opt_in: user.whatsapp_opt_in,
    whatsapp_opt_in_at: user.whatsapp_opt_in_at?.toISOString() ?? null,
    notification_frequency: user.notification_frequency,
    quiet_hours: user.quiet_hours ?? null,
    locale: user.locale,
    created_at: user.created_at.toISOString(),
  };
}
