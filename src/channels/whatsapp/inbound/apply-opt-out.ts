/**
 * STOP and START from WhatsApp. Opting out is immediate and covers every Meedi8 account using
 * that number (or, for someone writing by username, the person behind the chat); the only
 * message sent after a STOP is its confirmation.
 */
import { localeOfUser } from '../../../domain/accounts/user-locale.js';
import { translate } from '../../../i18n/translate.js';
import type { Db } from '../../../storage/database.js';
import { queueWhatsAppMessage } from '../outbound/queue-message.js';
import { OPT_OUT_CONFIRMATION } from '../outbound/send-priority.js';
import { phoneOfKey } from './contact-identity.js';

/** Records the opt-out (contact and accounts) and confirms it. */
export async function optOut(trx: Db, waId: string, at: Date): Promise<void> {
  await trx
    .updateTable('whatsapp_contacts')
    .set({ opted_out_at: at, opted_in: false })
    .where('wa_id', '=', waId)
    .execute();
  await trx
    .updateTable('users')
    .set({ whatsapp_opt_in: false, whatsapp_opted_out_at: at })
    // A no from the phone also covers accounts that only claim the number; from someone writing
    // by username, it covers the person their chat belongs to.
    .where((eb) =>
      eb.or([
        eb('phone_number', '=', phoneOfKey(waId) ?? ''),
        eb('pending_phone_number', '=', phoneOfKey(waId) ?? ''),
        eb('id', 'in', linkedUsers(trx, waId)),
      ]),
    )
    .execute();
  // Anything still waiting for this number will not go.
  await trx
    .updateTable('whatsapp_messages')
    .set({
      status: 'failed',
      failed_at: at,
      failure_class: 'permanent',
      error_title: 'The person opted out of WhatsApp messages',
    })
    .where('wa_id', '=', waId)
    .where('status', 'in', ['queued', 'held'])
    .execute();
  await queueWhatsAppMessage(trx, {
    waId,
    message: {
      kind: 'text',
      body: translate('chat', await localeOfContact(trx, waId), 'opt_out.stopped'),
    },
    reason: OPT_OUT_CONFIRMATION,
  });
}

/** Records a START: the number may be messaged again, by its own choice. */
export async function optIn(trx: Db, waId: string, at: Date): Promise<void> {
  await trx
    .updateTable('whatsapp_contacts')
    .set({ opted_out_at: null, opted_in: true, opt_in_source: 'whatsapp_start', opt_in_at: at })
    .where('wa_id', '=', waId)
    .execute();
  await trx
    .updateTable('users')
    .set({
      whatsapp_opt_in: true,
      whatsapp_opted_out_at: null,
      whatsapp_opt_in_at: at,
      whatsapp_opt_in_source: 'whatsapp_start',
    })
    .where((eb) =>
      eb.or([
        eb('phone_number', '=', phoneOfKey(waId) ?? ''),
        eb('id', 'in', linkedUsers(trx, waId)),
      ]),
    )
    .execute();
  await queueWhatsAppMessage(trx, {
    waId,
    message: {
      kind: 'text',
      body: translate('chat', await localeOfContact(trx, waId), 'opt_out.started'),
    },
    reason: 'opt_in_confirmation',
  });
}

/** The language of the person behind a chat (the contact's person, else the number's). */
async function localeOfContact(trx: Db, waId: string) {
  const person = await trx
    .selectFrom('users')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', 'in', linkedUsers(trx, waId)),
        eb('phone_number', '=', phoneOfKey(waId) ?? ''),
      ]),
    )
    .orderBy('is_guest', 'asc')
    .executeTakeFirst();
  return localeOfUser(trx, person?.id);
}

/** The person a contact belongs to (the link made when they wrote in), as a subquery. */
function linkedUsers(trx: Db, waId: string) {
  return trx
    .selectFrom('whatsapp_contacts')
    .select('user_id')
    .where('wa_id', '=', waId)
    .where('user_id', 'is not', null)
    .$narrowType<{ user_id: string }>();
}
