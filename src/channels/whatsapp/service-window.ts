/**
 * Meta's customer-service window, the one place Meedi8 writes it down: each message a person
 * sends opens (or refreshes) a window of 24 hours in which any message may be sent to them and
 * utility templates are free; outside it only approved templates reach them (131047).
 *
 * The boundary: a window opened at `t` is open for every instant before `t + 24 h` and closed
 * from `t + 24 h` on (a window "for 24 hours" has run out once 24 hours have passed; the
 * emulator, which answers as Meta does, closes it at the same instant). Every check (the
 * relay, check-ins, idle reminders, delivery, the choice of channel, notices and the
 * spend estimate) goes through here.
 */
import { type RawBuilder, sql } from 'kysely';

export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Whether the window opened by the person's last message (null: never wrote) is open at `at`. */
export function isServiceWindowOpen(
  lastInboundAt: Date | null | undefined,
  at: Date | number = Date.now(),
): boolean {
  if (!lastInboundAt) return false;
  return toMs(at) - lastInboundAt.getTime() < SERVICE_WINDOW_MS;
}

/**
 * For queries: a window is open at `at` exactly when the person's last message was sent after
 * the returned time (`where last_inbound_at > serviceWindowOpenedAfter(at)`).
 */
export function serviceWindowOpenedAfter(at: Date | number = Date.now()): Date {
  return new Date(toMs(at) - SERVICE_WINDOW_MS);
}

/**
 * For SQL that compares stored times with each other: the time before which a message must
 * have been written for its window to be closed at `at` (an SQL timestamp expression), so
 * `inbound.sent_at > serviceWindowOpenedAfterSql(x)` is the same rule as above.
 */
export function serviceWindowOpenedAfterSql(at: RawBuilder<Date>): RawBuilder<Date> {
  return sql<Date>`${at} - make_interval(secs => ${sql.lit(SERVICE_WINDOW_MS / 1000)})`;
}

function toMs(at: Date | number): number {
  return typeof at === 'number' ? at : at.getTime();
}
