/**
 * The checks the forms run as people type, mirroring the API's rules so a mistake is caught
 * before a request, worded as something a person can fix. Each returns an error or null.
 */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../src/domain/limits';
import { t } from '../i18n/intl';

export const NAME_MAX_LENGTH = 80;
export const TITLE_MAX_LENGTH = 120;
export const TOPIC_MAX_LENGTH = 500;
export const BREAK_REASON_MAX_LENGTH = 500;

/** A person's name, as the API accepts it (1–80 characters after trimming). */
export function checkName(value: string): string | null {
  const name = value.trim();
  if (!name) return t('check.nameMissing');
  if (name.length > NAME_MAX_LENGTH)
    return t('check.tooLong', { max: NAME_MAX_LENGTH, length: name.length });
  return null;
}

/** The other person's name on an invite: optional, up to 80 characters. */
export function checkRecipientName(value: string): string | null {
  const name = value.trim();
  if (name.length > NAME_MAX_LENGTH)
    return t('check.tooLong', { max: NAME_MAX_LENGTH, length: name.length });
  return null;
}

// Deliberately loose: the server has the final word; this catches typing slips.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address. */
export function checkEmail(value: string): string | null {
  const email = value.trim();
  if (!email) return t('check.emailMissing');
  if (email.length > 254) return t('check.emailTooLong');
  if (!EMAIL.test(email)) return t('check.emailShape');
  return null;
}

/** A new password (10–200 characters). */
export function checkNewPassword(value: string): string | null {
  if (value.length < PASSWORD_MIN_LENGTH)
    return t('check.passwordShort', { min: PASSWORD_MIN_LENGTH });
  if (value.length > PASSWORD_MAX_LENGTH)
    return t('check.passwordLong', { max: PASSWORD_MAX_LENGTH });
  return null;
}

/** Optional free text with a limit (title, topic, break reason). */
export function checkMaxLength(value: string, max: number): string | null {
  const length = value.trim().length;
  return length > max ? t('check.tooLong', { max, length }) : null;
}

/** A time of day as HH:MM (24-hour). */
export function checkTimeOfDay(value: string): string | null {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : t('check.time');
}

/** Adapts a check to react-hook-form's `validate` (true when fine, else the message). */
export function rule(check: (value: string) => string | null) {
  return (value: unknown): true | string => check(typeof value === 'string' ? value : '') ?? true;
}
