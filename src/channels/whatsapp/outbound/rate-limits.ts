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
 * table, so no number is stored) holds the "theoretical arrival time"; one atomic upsert makes or
 * moves it, so the allowance holds across every connection and process.
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
  // One statement whether or not the person has a row: a person never paced before (or whose row
  // was swept) starts with a full allowance, as if their row had stood empty since long ago.
  const taken = await sql<{ key: string }>`
    insert into whatsapp_rate_windows as w (key, window_start, count)
    values (${key}, clock_timestamp() + ${interval}, 1)
    on conflict (key) do update
      set window_start = greatest(w.window_start, clock_timestamp()) + ${interval},
        count = w.count + 1
      where greatest(w.window_start, clock_timestamp()) + ${interval}
        <= clock_timestamp() + ${tolerance}
    returning key`.execute(db);
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
