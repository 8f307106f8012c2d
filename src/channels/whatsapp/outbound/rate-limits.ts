/**
 * The business number's limits, counted in PostgreSQL so they hold across every worker process:
 * throughput (messages per second from the number), the pair rate (messages to one person in a
 * short time) and the daily number of business-initiated conversations.
 */
import { sql } from 'kysely';
import { LOCKS } from '../../../storage/advisory-lock.js';
import type { Db } from '../../../storage/database.js';

/** Messages Meta tolerates to one person in a burst before the pair rate applies. */
export const PAIR_BURST = 3;

/** A slot held while its send is in flight; a crashed holder's slot frees itself after this. */
const IN_FLIGHT_LEASE = sql.raw(`interval '30 seconds'`);
const WINDOW = sql.raw(`interval '1 second'`);
/** Slot counts whose rows this process has already made sure of. */
const slotsReady = new Set<number>();

/** One send's place in the number's throughput; release it once Meta has answered. */
export interface ThroughputSlot {
  release(): Promise<void>;
}

/**
 * Takes one send from the number's throughput, waiting until one is free. The budget is
 * `perSecond` slots, each a row holding when its last send was answered; a slot is free a full
 * second after that. Meta counts a send when it arrives, which is before its answer, so no
 * second at Meta ever holds more than `perSecond` sends, across every process (a count per
 * calendar second lets twice that through across a boundary); a burst runs at the full rate less
 * the time a send takes.
 */
export async function takeThroughputSlot(db: Db, perSecond: number): Promise<ThroughputSlot> {
  if (!slotsReady.has(perSecond)) {
    const slots = Array.from({ length: perSecond }, (_, i) => ({
      key: `throughput:${i}`,
      window_start: new Date(0),
      count: 0,
    }));
    await db
      .insertInto('whatsapp_rate_windows')
      .values(slots)
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    slotsReady.add(perSecond);
  }
  for (;;) {
    const { rows } = await sql<{ key: string }>`
      update whatsapp_rate_windows
      set window_start = clock_timestamp() + ${IN_FLIGHT_LEASE}, count = count + 1
      where key = (
        select key from whatsapp_rate_windows
        where key like 'throughput:%' and split_part(key, ':', 2)::int < ${perSecond}
          and window_start <= clock_timestamp() - ${WINDOW}
        order by window_start
        limit 1
        for update skip locked)
      returning key`.execute(db);
    const key = rows[0]?.key;
    if (key) {
      return {
        release: async () => {
          await sql`update whatsapp_rate_windows set window_start = clock_timestamp()
            where key = ${key}`.execute(db);
        },
      };
    }
    const { rows: next } = await sql<{ wait_ms: number }>`
      select least(1000, greatest(5, ceil(extract(epoch from
        (min(window_start) + ${WINDOW} - clock_timestamp())) * 1000)))::int as wait_ms
      from whatsapp_rate_windows
      where key like 'throughput:%' and split_part(key, ':', 2)::int < ${perSecond}`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, next[0]?.wait_ms ?? 10));
  }
}

/** When the next message to `waId` may go without breaking the pair rate; null when now. */
export async function pairRateWaitUntil(
  db: Db,
  waId: string,
  intervalMs: number,
): Promise<Date | null> {
  if (intervalMs <= 0) return null;
  const windowMs = PAIR_BURST * intervalMs;
  const recent = await db
    .selectFrom('whatsapp_messages')
    .select('accepted_at')
    .where('wa_id', '=', waId)
    .where('accepted_at', '>', new Date(Date.now() - windowMs))
    .orderBy('accepted_at', 'desc')
    .limit(PAIR_BURST)
    .execute();
  if (recent.length < PAIR_BURST) return null;
  const oldest = recent[recent.length - 1]!.accepted_at!;
  return new Date(oldest.getTime() + windowMs);
}

/**
 * Records a business-initiated conversation with `waId` if the daily tier allows one more;
 * returns the time a slot frees up when it does not. A conversation already opened with this
 * person in the last 24 hours costs nothing more.
 */
export async function openConversation(
  db: Db,
  waId: string,
  dailyLimit: number,
): Promise<Date | null> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCKS.whatsappDailyLimit}, 0)`.execute(trx);
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const already = await trx
      .selectFrom('whatsapp_conversations_opened')
      .select('wa_id')
      .where('wa_id', '=', waId)
      .where('opened_at', '>', since)
      .executeTakeFirst();
    if (already) return null;
    const { rows } = await sql<{ count: number; oldest: Date | null }>`
      select count(distinct wa_id)::int as count, min(opened_at) as oldest
      from whatsapp_conversations_opened where opened_at > ${since}`.execute(trx);
    const { count, oldest } = rows[0]!;
    if (count >= dailyLimit)
      return new Date((oldest ?? new Date()).getTime() + 24 * 60 * 60 * 1000);
    await trx.insertInto('whatsapp_conversations_opened').values({ wa_id: waId }).execute();
    return null;
  });
}
