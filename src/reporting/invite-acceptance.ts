/** Invites created in the range, and how many were joined or cancelled, per channel. */
import type { ChannelAcceptance, InviteFigures } from '../http/schemas/admin.js';
import type { Db } from '../storage/database.js';
import { ratio, sum } from './shares.js';
import type { StatsRange } from './stats-range.js';

/** The invite channels always shown, even with no invites. */
export const INVITE_CHANNELS = ['whatsapp', 'email', 'link'] as const;

export async function inviteAcceptance(db: Db, range: StatsRange): Promise<InviteFigures> {
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

function acceptance(created: number, joined: number, revoked: number): ChannelAcceptance {
  return { created, joined, revoked, rate: ratio(joined, created) };
}
