/**
 * When a notice goes out, from the person's preferences: real-time notices wait a short moment
 * so several events become one message; hourly and daily ones wait for the digest; anything due
 * inside quiet hours waits for their end, in the person's time zone.
 */
import type { NotificationFrequency, QuietHours } from '../storage/schema.js';

/** Local hour of the daily digest. */
const DAILY_DIGEST_HOUR = 18;

export interface Preferences {
  frequency: NotificationFrequency;
  quietHours: QuietHours | null;
  timeZone: string | null;
  /** How long a real-time notice waits for others to join it. */
  coalesceMs: number;
}

/** The time a notice created at `now` is due, or null when the person wants none. */
export function dueTime(prefs: Preferences, now: Date): Date | null {
  const zone = prefs.quietHours?.time_zone ?? prefs.timeZone ?? 'UTC';
  let due: Date;
  switch (prefs.frequency) {
    case 'off':
      return null;
    case 'realtime':
      due = new Date(now.getTime() + prefs.coalesceMs);
      break;
    case 'hourly':
      due = new Date(Math.ceil((now.getTime() + 1) / 3_600_000) * 3_600_000);
      break;
    case 'daily':
      due = nextLocalTime(now, zone, DAILY_DIGEST_HOUR, 0);
      break;
  }
  return prefs.quietHours ? afterQuietHours(due, prefs.quietHours) : due;
}

/** `at`, or the end of quiet hours when `at` falls inside them. */
export function afterQuietHours(at: Date, quiet: QuietHours): Date {
  const minutes = localMinutes(at, quiet.time_zone);
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  const inside =
    start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return at;
  const [h, m] = quiet.end.split(':').map(Number) as [number, number];
  return nextLocalTime(at, quiet.time_zone, h, m);
}

/** The next moment after `from` when the clock in `zone` shows hh:mm. */
export function nextLocalTime(from: Date, zone: string, hour: number, minute: number): Date {
  const target = hour * 60 + minute;
  const current = localMinutes(from, zone);
  let delta = target - current;
  if (delta <= 0) delta += 24 * 60;
  const candidate = new Date(Math.floor(from.getTime() / 60_000) * 60_000 + delta * 60_000);
  // Across a daylight-saving change the local clock moves; correct by the difference once.
  const drift = localMinutes(candidate, zone) - target;
  return drift === 0 ? candidate : new Date(candidate.getTime() - drift * 60_000);
}

function localMinutes(at: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
