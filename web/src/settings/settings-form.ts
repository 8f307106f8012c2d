/** Turning the settings form into the smallest `PATCH /api/users/me` body. */
import type { NotificationFrequency, UpdateMeBody, User } from '../api/types';

export interface SettingsValues {
  name: string;
  phone: string;
  whatsappOptIn: boolean;
  frequency: NotificationFrequency;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  timeZone: string;
  locale: string;
}

/** The form's starting values from the user. */
export function settingsValues(user: User, browserTimeZone: string): SettingsValues {
  return {
    name: user.name,
    phone: user.phone_number ?? '',
    whatsappOptIn: user.whatsapp_opt_in,
    frequency: user.notification_frequency,
    quietEnabled: user.quiet_hours !== null,
    quietStart: user.quiet_hours?.start ?? '22:00',
    quietEnd: user.quiet_hours?.end ?? '08:00',
    timeZone: user.quiet_hours?.time_zone ?? browserTimeZone,
    locale: user.locale,
  };
}

/** Only what changed, as the API wants it (`phoneE164` is the checked number, or null to remove). */
export function settingsChanges(
  user: User,
  values: SettingsValues,
  phoneE164: string | null,
): UpdateMeBody {
  const body: UpdateMeBody = {};
  if (values.name.trim() !== user.name) body.name = values.name.trim();
  if (phoneE164 !== user.phone_number) body.phone_number = phoneE164;
  if (values.whatsappOptIn !== user.whatsapp_opt_in) body.whatsapp_opt_in = values.whatsappOptIn;
  if (values.frequency !== user.notification_frequency)
    body.notification_frequency = values.frequency;
  const quiet = values.quietEnabled
    ? { start: values.quietStart, end: values.quietEnd, time_zone: values.timeZone }
    : null;
  const current = user.quiet_hours;
  const sameQuiet =
    quiet === null
      ? current === null
      : current !== null &&
        current.start === quiet.start &&
        current.end === quiet.end &&
        current.time_zone === quiet.time_zone;
  if (!sameQuiet) body.quiet_hours = quiet;
  if (values.locale !== user.locale) body.locale = values.locale;
  return body;
}
