/**
 * Everything Meedi8 holds about one person, as one JSON document: their profile, the rooms they
 * take part in with the messages they can see there (their own and the shared ones, never the
 * other person's private ones), the invites they sent, their notices, WhatsApp contact and
 * opt-in records with what they wrote to and got from the Meedi8 number, and emails to them.
 */
import type { Db } from '../../storage/database.js';
import { toMessageView } from '../mediation/message-view.js';
import { accountIdentities } from './account-identities.js';
import { toUserView } from './user-view.js';

/** Bumped when the export's shape changes, so people's tools can tell versions apart. */
export const EXPORT_FORMAT = 'meedi8-account-export/1';

/** Collects the caller's data; read-only. */
export async function exportAccount(db: Db, userId: string, now = new Date()) {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const { waIds, email } = await accountIdentities(db, userId);
  const sessions = await db
    .selectFrom('auth_tokens')
    .select(['kind', 'room_id', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();

  return {
    format: EXPORT_FORMAT,
    exported_at: now.toISOString(),
    profile: {
      ...toUserView(user),
      whatsapp_opt_in_source: user.whatsapp_opt_in_source,
      whatsapp_opted_out_at: user.whatsapp_opted_out_at,
      time_zone: user.time_zone,
      is_admin: user.is_admin,
      updated_at: user.updated_at,
    },
    sessions,
    rooms: await roomsOf(db, userId),
    invites_sent: await db
      .selectFrom('invites')
      .select([
        'id',
        'room_id',
        'channel',
        'recipient_name',
        'recipient_phone',
        'recipient_email',
        'created_at',
        'expires_at',
        'revoked_at',
        'opened_at',
        'used_at',
      ])
      .where('created_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    notices: await db
      .selectFrom('notices')
      .select([
        'id',
        'room_id',
        'kind',
        'data',
        'created_at',
        'due_at',
        'sent_at',
        'channel',
        'outcome',
      ])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    whatsapp: await whatsappRecords(db, waIds),
    emails: email
      ? await db
          .selectFrom('emails')
          .select([
            'id',
            'subject',
            'text_body',
            'reason',
            'room_id',
            'status',
            'created_at',
            'sent_at',
          ])
          .where((eb) => eb(eb.fn('lower', ['to_address']), '=', email.toLowerCase()))
          .orderBy('created_at')
          .execute()
      : [],
  };
}

/** The export document's type (for the route and tests). */
export type AccountExport = Awaited<ReturnType<typeof exportAccount>>;

async function roomsOf(db: Db, userId: string) {
  const rooms = await db
    .selectFrom('participants')
    .innerJoin('rooms', 'rooms.id', 'participants.room_id')
    .select([
      'rooms.id',
      'rooms.title',
      'rooms.topic',
      'rooms.phase',
      'rooms.created_at',
      'rooms.resolved_at',
      'participants.role',
      'participants.joined_at',
    ])
    .where('participants.user_id', '=', userId)
    .orderBy('rooms.created_at')
    .execute();
  const result = [];
  for (const room of rooms) {
    const participants = await db
      .selectFrom('participants')
      .innerJoin('users', 'users.id', 'participants.user_id')
      .select(['participants.user_id', 'users.name', 'participants.role'])
      .where('participants.room_id', '=', room.id)
      .orderBy('participants.joined_at')
      .execute();
    const messages = await db
      .selectFrom('messages')
      .selectAll()
      .where('room_id', '=', room.id)
      .where((eb) =>
        eb.or([eb('visible_to_user_id', 'is', null), eb('visible_to_user_id', '=', userId)]),
      )
      .orderBy('seq')
      .execute();
    const agreement = await db
      .selectFrom('agreements')
      .select(['text', 'finalized_by', 'created_at'])
      .where('room_id', '=', room.id)
      .executeTakeFirst();
    result.push({
      ...room,
      participants,
      messages: messages.map((m) => ({ ...toMessageView(m), mine: m.author_user_id === userId })),
      agreement: agreement ?? null,
    });
  }
  return result;
}

async function whatsappRecords(db: Db, waIds: string[]) {
  if (waIds.length === 0)
    return { contacts: [], messages_received_by_meedi8: [], messages_sent_to_you: [] };
  return {
    contacts: await db
      .selectFrom('whatsapp_contacts')
      .select([
        'wa_id',
        'phone_number',
        'profile_name',
        'first_seen_at',
        'last_inbound_at',
        'opted_in',
        'opt_in_source',
        'opt_in_at',
        'opted_out_at',
        'undeliverable_at',
      ])
      .where('wa_id', 'in', waIds)
      .execute(),
    messages_received_by_meedi8: await db
      .selectFrom('whatsapp_inbound_messages')
      .select(['wa_id', 'type', 'text', 'sent_at', 'received_at'])
      .where('wa_id', 'in', waIds)
      .orderBy('sent_at')
      .execute(),
    messages_sent_to_you: await db
      .selectFrom('whatsapp_messages')
      .select([
        'wa_id',
        'kind',
        'template_name',
        'body',
        'reason',
        'room_id',
        'status',
        'created_at',
        'sent_at',
        'delivered_at',
        'read_at',
        'failed_at',
      ])
      .where('wa_id', 'in', waIds)
      .orderBy('created_at')
      .execute(),
  };
}
