/** Emails created in the range, by status. */
import type { EmailFigures } from '../http/schemas/admin.js';
import type { Db } from '../storage/database.js';
import { sum } from './shares.js';
import type { StatsRange } from './stats-range.js';

export async function emailCounts(db: Db, range: StatsRange): Promise<EmailFigures> {
  const rows = await db
    .selectFrom('emails')
    .select((eb) => ['status', eb.fn.countAll<string>().as('count')])
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .groupBy('status')
    .execute();
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  return { total: sum(Object.values(byStatus)), by_status: byStatus };
}
