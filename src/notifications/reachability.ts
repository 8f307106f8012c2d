/** How a person can be reached now: the facts `chooseChannel` decides on. */
import { sql } from 'kysely';
import type { Db } from '../storage/database.js';
import { chooseChannel, type NoticeChannel, type Reachability } from './choose-channel.js';

/** Reads a person's reachability from their account and their WhatsApp contact. */
export async function reachabilityOf(db: Db, userId: string): Promise<Reachability> {
  const user = await db
    .selectFrom('users')
    // The contact of the number on the account now (not whichever number it once had); for
    // someone without a number, the chat they wrote from by username (keyed by its user id).
    .leftJoin('whatsapp_contacts', (join) =>
      join.on(
        sql<boolean>`(whatsapp_contacts.wa_id = substr(users.phone_number, 2) or (users.phone_number is null and whatsapp_contacts.user_id = users.id))`,
      ),
    )
    .select([
      'whatsapp_contacts.wa_id',
      'users.email',
      'users.phone_number',
      'users.whatsapp_opt_in',
      'users.whatsapp_opted_out_at',
      'users.notification_frequency',
      'whatsapp_contacts.last_inbound_at',
      'whatsapp_contacts.opted_out_at',
      'whatsapp_contacts.undeliverable_at',
    ])
    .where('users.id', '=', userId)
    .orderBy('whatsapp_contacts.last_inbound_at', (ob) => ob.desc().nullsLast())
    .executeTakeFirstOrThrow();
  return {
    phoneNumber: user.phone_number,
    whatsappChatKey: !user.phone_number && user.wa_id ? user.wa_id : null,
    whatsappOptIn: user.whatsapp_opt_in,
    whatsappOptedOut: user.whatsapp_opted_out_at !== null || user.opted_out_at !== null,
    whatsappUndeliverable: user.undeliverable_at !== null,
    lastInboundAt: user.last_inbound_at,
    email: user.email,
  };
}

/** The channel a notice to this person would take now, or `none` when they turned notices off. */
export async function noticeChannelFor(db: Db, userId: string): Promise<NoticeChannel> {
  const frequency = await db
    .selectFrom('users')
    .select('notification_frequency')
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!frequency || frequency.notification_frequency === 'off') return 'none';
  return chooseChannel(await reachabilityOf(db, userId));
}
