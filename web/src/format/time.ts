/**
 * Dates, times and durations as people read them, in their own locale (the page's language
 * unless given) and time zone.
 */
import { currentLocale, t } from '../i18n/intl';

/** A calendar date, e.g. "Tue 1 Dec 2026". */
export function formatDate(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale ?? currentLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}

/** A date and time, e.g. "1 Dec 2026, 14:05". */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale ?? currentLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/** A time of day, e.g. "14:05". */
export function formatTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale ?? currentLocale(), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, in words: "just now", "5 minutes ago", "yesterday", or the date. */
export function formatAgo(iso: string, now = Date.now(), locale?: string): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '';
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return t('time.justNow');
  const words = new Intl.RelativeTimeFormat(locale ?? currentLocale(), { numeric: 'auto' });
  if (elapsed < HOUR) return words.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return words.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return words.format(-Math.floor(elapsed / DAY), 'day');
  return formatDate(iso, locale);
}

/** A running timer, "4:05" or "1:02:09", from milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The same duration in words for screen readers, e.g. "1 hour 2 minutes". */
export function describeElapsed(ms: number): string {
  const totalMinutes = Math.max(0, Math.floor(ms / MINUTE));
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0 && minutes === 0) return t('time.lessThanMinute');
  if (hours === 0) return t('time.minutes', { minutes });
  if (minutes === 0) return t('time.hours', { hours });
  return t('time.hoursMinutes', {
    hours: t('time.hours', { hours }),
    minutes: t('time.minutes', { minutes }),
  });
}
