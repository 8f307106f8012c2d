/**
 * The business number's limits, counted in PostgreSQL so they hold across every worker process:
 * the pair rate (an allowance of messages to one person) and the daily number of
 * business-initiated conversations. Throughput is throughput-limit.ts.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { LOCKS } from '../../../storage/advisory-lock.js';
import type { Db } from '../../../storage/database.js';

/** The pair rate as Meedi8 spends it: an average spacing and the burst allowed after a quiet spell. */
export interface PairAllowance {
  intervalMs: number;
  burst: number;
}

/**
 * Takes one message's place in the allowance of messages to `waId`; returns null when it may go
 * now, or the time it may go. A budget, not a queue: GCRA (a token bucket kept as one timestamp),
 * so a person who has been quiet gets up to `burst` messages at once and only a longer burst is
 * spread at one per `intervalMs`. The row (`pair:<hash of the number>` in the shared limits
 * table, so no number is stored) holds the "theoretical arrival time"; one atomic UPDATE moves it,
 * so the allowance holds across every connection and process.
 */
export async function takePairAllowance(
  db: Db,
  waId: string,
  allowance: PairAllowance,
): Promise<Date | null> {
  const { intervalMs, burst } = allowance;
  if (intervalMs <= 0) return null;
  const key = pairKey(waId);
  const interval = sql`make_interval(secs => ${intervalMs / 1000})`;
  const tolerance = sql`make_interval(secs => ${(burst * intervalMs) / 1000})`;
  const take = () =>
    sql<{ key: string }>`
      update whatsapp_rate_windows
      set window_start = greatest(window_start, clock_timestamp()) + ${interval}, count = count + 1
      where key = ${key}
        and greatest(window_start, clock_timestamp()) + ${interval} <= clock_timestamp() + ${tolerance}
      returning key`.execute(db);
  let taken = await take();
  if (taken.rows.length === 0) {
    // A person never paced before (or whose row was swept): start them with a full allowance.
    await db
      .insertInto('whatsapp_rate_windows')
      .values({ key, window_start: new Date(0), count: 0 })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    taken = await take();
  }
  if (taken.rows.length > 0) return null;
  const { rows } = await sql<{ wait_until: Date }>`
    select window_start + ${interval} - ${tolerance} as wait_until
    from whatsapp_rate_windows where key = ${key}`.execute(db);
  return rows[0]?.wait_until ?? new Date(Date.now() + intervalMs);
}

/** Forgets allowances that are full again (their time has passed), so the table stays small. */
export async function sweepPairAllowances(db: Db): Promise<void> {
  await sql`delete from whatsapp_rate_windows
    where key like 'pair:%' and window_start < clock_timestamp() - interval '1 minute'`.execute(db);
}

/** The allowance row's key: a hash, so the limits table never holds a phone number. */
function pairKey(waId: string): string {
  return `pair:${createHash('sha256').update(waId).digest('hex').slice(0, 32)}`;
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
