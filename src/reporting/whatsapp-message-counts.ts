/**
 * WhatsApp messages created in the range: counts by kind, status and reason, and how many of
 * those Meta took were delivered and read.
 */
import type { WhatsAppMessageFigures } from '../http/schemas/admin.js';
import type { Db } from '../storage/database.js';
import { ratio } from './shares.js';
import type { StatsRange } from './stats-range.js';

export async function whatsappMessageCounts(
  db: Db,
  range: StatsRange,
): Promise<WhatsAppMessageFigures> {
  const [rows, reasons] = await Promise.all([
    db
      .selectFrom('whatsapp_messages')
      .select((eb) => [
        'kind',
        'status',
        eb.fn.countAll<string>().as('count'),
        // Messages Meta took (they have a wamid): a later `failed` is a failed delivery.
        eb.fn.count<string>('wamid').as('accepted'),
      ])
      .where('created_at', '>=', range.from)
      .where('created_at', '<', range.to)
      .groupBy(['kind', 'status'])
      .execute(),
    db
      .selectFrom('whatsapp_messages')
      .select((eb) => ['reason', eb.fn.countAll<string>().as('count')])
      .where('created_at', '>=', range.from)
      .where('created_at', '<', range.to)
      .groupBy('reason')
      .execute(),
  ]);
  const byKind: Record<string, Record<string, number>> = {};
  const byStatus: Record<string, number> = {};
  let total = 0;
  let failedAfterAcceptance = 0;
  for (const row of rows) {
    const count = Number(row.count);
    total += count;
    byKind[row.kind] = { ...byKind[row.kind], [row.status]: count };
    byStatus[row.status] = (byStatus[row.status] ?? 0) + count;
    if (row.status === 'failed') failedAfterAcceptance += Number(row.accepted);
  }
  const read = byStatus.read ?? 0;
  const delivered = (byStatus.delivered ?? 0) + read;
  const sentOrBeyond = (byStatus.sent ?? 0) + delivered + failedAfterAcceptance;
  return {
    total,
    by_kind: byKind,
    by_status: byStatus,
    by_reason: Object.fromEntries(reasons.map((r) => [r.reason, Number(r.count)])),
    delivery_rate: ratio(delivered, sentOrBeyond),
    read_rate: ratio(read, delivered),
  };
}
