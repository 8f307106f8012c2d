/**
 * The figures on Meedi8's admin page for a time range: what was sent and how it fared, how many
 * invites were accepted on each channel, how many mediations reached an agreement (with and
 * without WhatsApp), and what WhatsApp cost. Everything counts the messages, invites and rooms
 * created in the range.
 *
 * Counting happens in SQL. The cost needs the recipient's country, which comes from the phone
 * number through libphonenumber, so SQL groups the messages that may cost something by recipient,
 * reason and reported pricing, and TypeScript prices each group (at most
 * `SPEND_GROUP_LIMIT` groups; beyond that the figure is marked incomplete).
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { estimateMessageCost, type Pricing } from './pricing.js';

/** The most recipient groups priced in one request. */
export const SPEND_GROUP_LIMIT = 200_000;
/** The invite channels always shown, even with no invites. */
export const INVITE_CHANNELS = ['whatsapp', 'email', 'link'] as const;

export interface StatsRange {
  from: Date;
  to: Date;
}

export interface ChannelAcceptance {
  created: number;
  /** Invites someone joined with (`used_at` set). */
  joined: number;
  /** Invites cancelled before use, e.g. a link replaced by a WhatsApp or email invite. */
  revoked: number;
  /** joined / created; null when none were created. */
  rate: number | null;
}

export interface MediationCompletion {
  created: number;
  resolved: number;
  /** resolved / created; null when none were created. */
  rate: number | null;
}

export interface AdminStats {
  /** The range, ISO 8601: from (inclusive) to (exclusive). */
  from: string;
  to: string;
  messages: {
    whatsapp: {
      total: number;
      /** Count by kind (`template`, `text`, …), then by status. */
      by_kind: Record<string, Record<string, number>>;
      by_status: Record<string, number>;
      by_reason: Record<string, number>;
      /** Delivered or read / sent or beyond (sent, delivered, read, or failed after Meta took it). */
      delivery_rate: number | null;
      /** Read / delivered or read. */
      read_rate: number | null;
    };
    email: { total: number; by_status: Record<string, number> };
  };
  invites: {
    /** Always has `whatsapp`, `email` and `link`, plus any other channel seen. */
    by_channel: Record<string, ChannelAcceptance>;
    total: ChannelAcceptance;
  };
  mediations: MediationCompletion & {
    /** Rooms with at least one WhatsApp message. */
    with_whatsapp: MediationCompletion;
    without_whatsapp: MediationCompletion;
  };
  whatsapp_spend: {
    currency: 'USD';
    /** Estimated from the rate table; Meta's invoice is the truth. */
    total: number;
    /** Every reason WhatsApp messages were sent for, 0 when all were free. */
    by_reason: Record<string, number>;
    /** total / mediations that used WhatsApp; 0 when none did. */
    per_mediation: number;
    /** Messages estimated to have cost something. */
    charged_messages: number;
    /** False when there were more than `SPEND_GROUP_LIMIT` recipient groups to price. */
    complete: boolean;
    /** The pricing file merged over the built-in rates, or null. */
    pricing_source: string | null;
  };
}

/** Computes the admin figures for messages, invites and rooms created in [from, to). */
export async function adminStats(db: Db, pricing: Pricing, range: StatsRange): Promise<AdminStats> {
  const [whatsapp, email, invites, mediations, spend] = await Promise.all([
    whatsappCounts(db, range),
    emailCounts(db, range),
    inviteAcceptance(db, range),
    mediationCompletion(db, range),
    whatsappSpend(db, pricing, range),
  ]);
  const byReason: Record<string, number> = {};
  for (const reason of Object.keys(whatsapp.by_reason)) byReason[reason] = 0;
  for (const [reason, usd] of Object.entries(spend.byReason)) byReason[reason] = roundUsd(usd);
  const usedWhatsApp = mediations.with_whatsapp.created;
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    messages: { whatsapp, email },
    invites,
    mediations,
    whatsapp_spend: {
      currency: 'USD',
      total: roundUsd(spend.total),
      by_reason: byReason,
      per_mediation: usedWhatsApp > 0 ? roundUsd(spend.total / usedWhatsApp) : 0,
      charged_messages: spend.charged,
      complete: spend.complete,
      pricing_source: pricing.source,
    },
  };
}

async function whatsappCounts(db: Db, range: StatsRange) {
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

async function emailCounts(db: Db, range: StatsRange) {
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

async function inviteAcceptance(db: Db, range: StatsRange): Promise<AdminStats['invites']> {
  const rows = await db
    .selectFrom('invites')
    .select((eb) => [
      'channel',
      eb.fn.countAll<string>().as('created'),
      eb.fn.count<string>('used_at').as('joined'),
      eb.fn
        .countAll<string>()
        .filterWhere((f) => f.and([f('revoked_at', 'is not', null), f('used_at', 'is', null)]))
        .as('revoked'),
    ])
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    // Only invites sent to someone: a copied link counts once somebody opened it.
    .where((eb) =>
      eb.or([
        eb('channel', '!=', 'link'),
        eb('opened_at', 'is not', null),
        eb('used_at', 'is not', null),
      ]),
    )
    .groupBy('channel')
    .execute();
  const byChannel: Record<string, ChannelAcceptance> = {};
  for (const channel of INVITE_CHANNELS) byChannel[channel] = acceptance(0, 0, 0);
  for (const row of rows) {
    byChannel[row.channel] = acceptance(
      Number(row.created),
      Number(row.joined),
      Number(row.revoked),
    );
  }
  const all = Object.values(byChannel);
  return {
    by_channel: byChannel,
    total: acceptance(
      sum(all.map((c) => c.created)),
      sum(all.map((c) => c.joined)),
      sum(all.map((c) => c.revoked)),
    ),
  };
}

async function mediationCompletion(db: Db, range: StatsRange): Promise<AdminStats['mediations']> {
  const perRoom = db
    .selectFrom('rooms')
    .select((eb) => [
      'rooms.phase',
      eb
        .exists(
          eb
            .selectFrom('whatsapp_messages')
            .select(sql.lit(1).as('one'))
            .whereRef('whatsapp_messages.room_id', '=', 'rooms.id'),
        )
        .as('used_whatsapp'),
    ])
    .where('rooms.created_at', '>=', range.from)
    .where('rooms.created_at', '<', range.to)
    .as('r');
  const rows = await db
    .selectFrom(perRoom)
    .select((eb) => [
      'r.used_whatsapp',
      eb.fn.countAll<string>().as('created'),
      eb.fn.countAll<string>().filterWhere('r.phase', '=', 'resolved').as('resolved'),
    ])
    .groupBy('r.used_whatsapp')
    .execute();
  const part = (usedWhatsApp: boolean) => {
    const row = rows.find((r) => Boolean(r.used_whatsapp) === usedWhatsApp);
    return completion(Number(row?.created ?? 0), Number(row?.resolved ?? 0));
  };
  const withWhatsApp = part(true);
  const withoutWhatsApp = part(false);
  return {
    ...completion(
      withWhatsApp.created + withoutWhatsApp.created,
      withWhatsApp.resolved + withoutWhatsApp.resolved,
    ),
    with_whatsapp: withWhatsApp,
    without_whatsapp: withoutWhatsApp,
  };
}

/**
 * The estimated spend. SQL keeps only messages that may have cost something (delivered, not on a
 * free pricing type, and either priced by Meta or a template) and groups them by recipient,
 * reason and what Meta reported; for templates Meta has not priced yet it also works out whether
 * the person's 24-hour window was open when Meta accepted the message.
 */
async function whatsappSpend(db: Db, pricing: Pricing, range: StatsRange) {
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
                sql<Date>`coalesce(m.accepted_at, m.sent_at, m.created_at) - interval '24 hours'`,
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

function acceptance(created: number, joined: number, revoked: number): ChannelAcceptance {
  return { created, joined, revoked, rate: ratio(joined, created) };
}

function completion(created: number, resolved: number): MediationCompletion {
  return { created, resolved, rate: ratio(resolved, created) };
}

/** A share rounded to 4 decimals; null when there is nothing to divide by. */
function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** Dollars to the micro-dollar, so sums of small rates read cleanly. */
function roundUsd(usd: number): number {
  return Math.round(usd * 1_000_000) / 1_000_000;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
