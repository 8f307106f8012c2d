/** The operator console's date range: whole days, at most 366, turned into the API's instants. */
import { MAX_RANGE_DAYS } from '../../../src/domain/limits';
import { currentLocale, t } from '../i18n/intl';

export { MAX_RANGE_DAYS };

const DAY_MS = 24 * 60 * 60 * 1000;

/** A `YYYY-MM-DD` date `days` before `today` (UTC). */
export function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date as `YYYY-MM-DD` (UTC). */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type RangeCheck = { ok: true; from: string; to: string } | { ok: false; message: string };

/** From the first day's start to the end of the last day, or what is wrong with the dates. */
export function statsRange(fromDate: string, toDate: string): RangeCheck {
  const from = Date.parse(`${fromDate}T00:00:00Z`);
  const to = Date.parse(`${toDate}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) return { ok: false, message: t('range.both') };
  if (to < from) return { ok: false, message: t('range.backwards') };
  const days = (to - from) / DAY_MS + 1;
  if (days > MAX_RANGE_DAYS)
    return { ok: false, message: t('range.tooLong', { max: MAX_RANGE_DAYS, days }) };
  return {
    ok: true,
    from: new Date(from).toISOString(),
    to: new Date(to + DAY_MS).toISOString(),
  };
}

/** A rate (0–1 or null) as a percentage for people: "87.7%", or "no data". */
export function formatRate(rate: number | null): string {
  if (rate === null) return t('stats.noData');
  return new Intl.NumberFormat(currentLocale(), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(rate);
}

/** US dollars, e.g. "$12.40" (in the page's language's way of writing numbers). */
export function formatUsd(amount: number): string {
  return new Intl.NumberFormat(currentLocale(), {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
  }).format(amount);
}
