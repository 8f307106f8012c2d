/**
 * When WhatsApp turns out not to reach a person (the number is not on WhatsApp, or they blocked
 * Meedi8), the notice it carried goes by email instead, if they have one.
 */
import { queueEmail } from '../channels/email/queue-email.js';
import { phoneOfKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { localeOf } from '../domain/accounts/person-locale.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import { noticeT } from './compose-notices.js';

const FALLBACK_CLASSES = new Set(['undeliverable']);

/** Queues the email version of a failed WhatsApp notice; does nothing for other messages. */
export async function fallbackToEmail(trx: Db, services: Services, wamid: string): Promise<void> {
  const message = await trx
    .selectFrom('whatsapp_messages')
    .select(['wa_id', 'reason', 'room_id', 'status', 'failure_class'])
    .where('wamid', '=', wamid)
    .executeTakeFirst();
  if (message?.status !== 'failed' || message.reason !== 'notice' || !message.room_id) return;
  if (!FALLBACK_CLASSES.has(message.failure_class ?? '')) return;
  const person = await trx
    .selectFrom('users')
    .innerJoin('participants', 'participants.user_id', 'users.id')
    .innerJoin('rooms', 'rooms.id', 'participants.room_id')
    .select(['users.email', 'users.locale', 'rooms.title'])
    // The number's owner, or for a chat keyed by user id, the person the contact belongs to.
    .where((eb) =>
      eb.or([
        eb('users.phone_number', '=', phoneOfKey(message.wa_id) ?? ''),
        eb(
          'users.id',
          'in',
          eb
            .selectFrom('whatsapp_contacts')
            .select('whatsapp_contacts.user_id')
            .where('whatsapp_contacts.wa_id', '=', message.wa_id),
        ),
      ]),
    )
    .where('rooms.id', '=', message.room_id)
    .executeTakeFirst();
  if (!person?.email) return;
  const locale = localeOf(person);
  await queueEmail(trx, {
    to: person.email,
    subject: noticeT(locale, 'email.subject', { title: person.title }),
    text: [
      noticeT(locale, 'fallback.news', { title: person.title }),
      noticeT(locale, 'fallback.why'),
      `${services.config.publicUrl}/rooms/${message.room_id}`,
    ].join('\n\n'),
    reason: 'notice_fallback',
    roomId: message.room_id,
  });
}
