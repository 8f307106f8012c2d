/**
 * The business number's throughput, as Meta counts it: at most `perSecond` sends arriving in any
 * sliding second, across every process on one PostgreSQL.
 *
 * The budget is `perSecond` slot rows. A slot holds the latest time its last send can have reached
 * Meta ("counted by"); it is free one second after that, so no sliding second at Meta holds two
 * sends of one slot, and never more than `perSecond` in all. A slot is taken in the same statement
 * that marks the message `sending`, and the request leaves right after (or, for a slot taken just
 * before it frees, the moment it frees), so "counted by" is that moment plus a margin for the
 * request's way to Meta (`marginMs`). When Meta answers within the
 * margin, the answer's time is the exact bound and replaces it; an unusually slow answer (one the
 * margin may not cover) holds the slot until it came; a request that never connected frees its
 * slot; one with no answer counts. A burst therefore runs at perSecond / (1 + margin)
 * (97.6% at 25 ms), not perSecond / (1 + round trip) as when a slot waited for Meta's answer.
 * Every time is PostgreSQL's clock, so processes on machines whose clocks differ agree.
 */
import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';

export interface ThroughputLimit {
  perSecond: number;
  /** How late after its slot was taken a send may reach Meta. */
  marginMs: number;
}

/** A taken slot: `take` is its row's take count, so a settle never touches a later holder's take. */
export interface ThroughputSlot {
  key: string;
  take: number;
}

/** The slot rows' keys for a budget (an explicit list, so the primary key finds them). */
const keysFor = new Map<number, string[]>();
function slotKeys(perSecond: number): string[] {
  let keys = keysFor.get(perSecond);
  if (!keys) {
    keys = Array.from({ length: perSecond }, (_, i) => `throughput:${i}`);
    keysFor.set(perSecond, keys);
  }
  return keys;
}

/**
 * A slot that frees within this long may be taken ahead: its send waits in this process until
 * the slot's second is over, so no slot sits idle between freeing and the next query.
 */
const LOOK_AHEAD = sql.raw(`interval '250 milliseconds'`);

/**
 * Takes the slot that frees soonest (now, or within the look-ahead) and marks message
 * `messageId` `sending` (one more attempt), together; the send must not leave before `fireInMs`
 * from when this returns. When no slot frees that soon, changes nothing and says how long to
 * wait before asking again.
 */
export async function takeSlotAndMarkSending(
  db: Db,
  limit: ThroughputLimit,
  messageId: string,
): Promise<{ slot: ThroughputSlot; fireInMs: number } | { waitMs: number }> {
  const keys = slotKeys(limit.perSecond);
  const margin = sql`make_interval(secs => ${limit.marginMs / 1000})`;
  for (;;) {
    const { rows } = await sql<{
      key: string | null;
      take: number | null;
      fire_in_ms: number | null;
      wait_ms: number | null;
      slots: number;
    }>`
      with free as (
        select key, window_start from whatsapp_rate_windows
        where key = any(${keys}::text[])
          and window_start <= clock_timestamp() - interval '1 second' + ${LOOK_AHEAD}
        order by window_start
        limit 1
        for update skip locked),
      taken as (
        update whatsapp_rate_windows w
        set window_start = greatest(free.window_start + interval '1 second', clock_timestamp())
            + ${margin},
          count = w.count + 1
        from free where w.key = free.key
        returning w.key, w.count, ceil(greatest(0, extract(epoch from
          free.window_start + interval '1 second' - clock_timestamp()) * 1000))::int as fire_in_ms),
      marked as (
        update whatsapp_messages
        set status = 'sending', sending_at = now(), attempts = attempts + 1
        where id = ${messageId} and exists (select 1 from taken)
        returning id)
      select
        (select key from taken) as key,
        (select count from taken) as take,
        (select fire_in_ms from taken) as fire_in_ms,
        (select greatest(0, least(1000, ceil(extract(epoch from min(window_start)
            + interval '1 second' - ${LOOK_AHEAD} - clock_timestamp()) * 1000)))::int
          from whatsapp_rate_windows where key = any(${keys}::text[])) as wait_ms,
        (select count(*)::int from whatsapp_rate_windows where key = any(${keys}::text[])) as slots,
        (select count(*)::int from marked) as marked`.execute(db);
    const row = rows[0]!;
    if (row.key !== null && row.take !== null) {
      return { slot: { key: row.key, take: row.take }, fireInMs: row.fire_in_ms ?? 0 };
    }
    // A database without the rows (a new one, or they were removed): make them and look again.
    if (row.slots < limit.perSecond) {
      await makeSlots(db, keys);
      continue;
    }
    return { waitMs: Math.min(1000, Math.max(2, row.wait_ms ?? 10)) };
  }
}

/**
 * When the request left later than the slot says (this process stalled after taking it), moves
 * "counted by" to now plus the margin, before the request goes.
 */
export async function restampSlot(
  db: Db,
  limit: ThroughputLimit,
  slot: ThroughputSlot,
): Promise<void> {
  await sql`update whatsapp_rate_windows
    set window_start = greatest(window_start,
      clock_timestamp() + make_interval(secs => ${limit.marginMs / 1000}))
    where key = ${slot.key} and count = ${slot.take}`.execute(db);
}

/**
 * Settles a slot once its request is over: `answered` (Meta answered within the margin: counted
 * by now at the latest), `answered_late` (an unusually slow answer: it may have reached Meta as
 * late as now, so it counts until now), or `never_sent` (the connection never opened: it never
 * counted). A request with no answer at all keeps its stamp.
 */
export async function settleSlot(
  db: Db,
  slot: ThroughputSlot,
  outcome: 'answered' | 'answered_late' | 'never_sent',
): Promise<void> {
  const when = {
    answered: sql`least(window_start, clock_timestamp())`,
    answered_late: sql`greatest(window_start, clock_timestamp())`,
    never_sent: sql`'epoch'::timestamptz`,
  }[outcome];
  await sql`update whatsapp_rate_windows set window_start = ${when}
    where key = ${slot.key} and count = ${slot.take}`.execute(db);
}

async function makeSlots(db: Db, keys: string[]): Promise<void> {
  await db
    .insertInto('whatsapp_rate_windows')
    .values(keys.map((key) => ({ key, window_start: new Date(0), count: 0 })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
