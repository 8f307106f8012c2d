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

/** Takes one send from this second's budget, waiting for the next second when it is spent. */
export async function takeThroughputSlot(db: Db, perSecond: number): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ count: number; wait_ms: number }>`
      insert into whatsapp_rate_windows as w (key, window_start, count)
      values ('throughput', date_trunc('second', clock_timestamp()), 1)
      on conflict (key) do update set
        count = case when w.window_start = excluded.window_start then w.count + 1 else 1 end,
        window_start = excluded.window_start
      returning count,
        ceil(extract(epoch from (window_start + interval '1 second' - clock_timestamp())) * 1000)::int as wait_ms`.execute(
      db,
    );
    const row = rows[0]!;
    if (row.count <= perSecond) return;
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, row.wait_ms)));
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
