/** Rooms created in the range and how many were resolved, with and without WhatsApp. */
import { sql } from 'kysely';
import type { MediationCompletion, MediationFigures } from '../http/schemas/admin.js';
import type { Db } from '../storage/database.js';
import { ratio } from './shares.js';
import type { StatsRange } from './stats-range.js';

export async function mediationCompletion(db: Db, range: StatsRange): Promise<MediationFigures> {
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

function completion(created: number, resolved: number): MediationCompletion {
  return { created, resolved, rate: ratio(resolved, created) };
}
