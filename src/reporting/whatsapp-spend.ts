/**
 * What WhatsApp cost for messages created in the range, estimated from the rate table (Meta's
 * invoice is the truth). The price needs the recipient's country, which comes from the phone
 * number through libphonenumber, so SQL groups the messages that may cost something by
 * recipient, reason and reported pricing, and TypeScript prices each group (at most
 * `SPEND_GROUP_LIMIT` groups; beyond that the figure is marked incomplete).
 */
import { sql } from 'kysely';
import { serviceWindowOpenedAfterSql } from '../channels/whatsapp/service-window.js';
import type { Db } from '../storage/database.js';
import { estimateMessageCost, type Pricing } from './pricing.js';
import type { StatsRange } from './stats-range.js';

/** The most recipient groups priced in one request. */
export const SPEND_GROUP_LIMIT = 200_000;

export interface SpendEstimate {
  /** Dollars, unrounded. */
  total: number;
  byReason: Record<string, number>;
  /** Messages estimated to have cost something. */
  charged: number;
  /** False when there were more groups than `SPEND_GROUP_LIMIT`. */
  complete: boolean;
}

/**
 * The estimated spend. SQL keeps only messages that may have cost something (delivered, not on a
 * free pricing type, and either priced by Meta or a template) and groups them by recipient,
 * reason and what Meta reported; for templates Meta has not priced yet it also works out whether
 * the person's 24-hour window was open when Meta accepted the message.
 */
export async function estimateWhatsAppSpend(
  db: Db,
  pricing: Pricing,
  range: StatsRange,
): Promise<SpendEstimate> {
  const candidates = db
    .selectFrom('whatsapp_messages as m')
    .select((eb) => [
      'm.wa_id',
      'm.reason',
      'm.kind',
      'm.status',
      'm.pricing_category',
      'm.pricing_type',
      'm.billable',
      eb
        .case()
        .when(
          eb.and([
            eb('m.pricing_type', 'is', null),
            eb('m.billable', 'is', null),
            eb('m.kind', '=', 'template'),
          ]),
        )
        .then(
          eb.exists(
            eb
              .selectFrom('whatsapp_inbound_messages as i')
              .select(sql.lit(1).as('one'))
              .whereRef('i.wa_id', '=', 'm.wa_id')
              .where('i.sent_at', '<=', sql<Date>`coalesce(m.accepted_at, m.sent_at, m.created_at)`)
              .where(
                'i.sent_at',
                '>',
                serviceWindowOpenedAfterSql(
                  sql<Date>`coalesce(m.accepted_at, m.sent_at, m.created_at)`,
                ),
              ),
          ),
        )
        .else(null)
        .end()
        .as('window_open'),
    ])
    .where('m.created_at', '>=', range.from)
    .where('m.created_at', '<', range.to)
    .where((eb) =>
      eb.or([
        eb('m.status', 'in', ['delivered', 'read']),
        eb.and([eb('m.status', '=', 'sent'), eb('m.billable', '=', true)]),
      ]),
    )
    .where((eb) =>
      eb.or([eb('m.pricing_type', 'is', null), eb('m.pricing_type', 'not like', 'free%')]),
    )
    .where((eb) =>
      eb.or([
        eb('m.kind', '=', 'template'),
        eb('m.pricing_type', 'is not', null),
        eb('m.billable', 'is not', null),
      ]),
    )
    .as('c');
  const groups = await db
    .selectFrom(candidates)
    .select((eb) => [
      'c.wa_id',
      'c.reason',
      'c.kind',
      'c.status',
      'c.pricing_category',
      'c.pricing_type',
      'c.billable',
      'c.window_open',
      eb.fn.countAll<string>().as('count'),
    ])
    .groupBy([
      'c.wa_id',
      'c.reason',
      'c.kind',
      'c.status',
      'c.pricing_category',
      'c.pricing_type',
      'c.billable',
      'c.window_open',
    ])
    .orderBy('count', 'desc')
    .limit(SPEND_GROUP_LIMIT + 1)
    .execute();
  const complete = groups.length <= SPEND_GROUP_LIMIT;
  const byReason: Record<string, number> = {};
  let total = 0;
  let charged = 0;
  for (const group of groups.slice(0, SPEND_GROUP_LIMIT)) {
    const each = estimateMessageCost(pricing, {
      waId: group.wa_id,
      status: group.status,
      category: group.pricing_category,
      pricingType: group.pricing_type,
      billable: group.billable,
      kind: group.kind,
      windowOpen: group.window_open === null ? null : Boolean(group.window_open),
    });
    const count = Number(group.count);
    byReason[group.reason] = (byReason[group.reason] ?? 0) + each * count;
    total += each * count;
    if (each > 0) charged += count;
  }
  return { total, byReason, charged, complete };
}
