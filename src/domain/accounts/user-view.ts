/** The `user` object of the API, as the account holder sees it. */
import type { UserResponse } from '../../http/schemas/accounts.js';
import type { UserRow } from '../../storage/schema.js';

/** Shapes a user row for the API (never the password hash). */
export function toUserView(user: UserRow): UserResponse {
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
    locale_source: user.locale_source,
    created_at: user.created_at.toISOString(),
  };
}
