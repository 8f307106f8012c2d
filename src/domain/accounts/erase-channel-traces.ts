/**
 * What WhatsApp and email keep of an erased person. Their own chat goes whole: the contact, what
 * they wrote (and the raw deliveries it came in), every message sent to them, the conversations
 * opened with them, emails to them. Other people's copies stay but lose them: relayed words, names,
 * invite and sign-in links in stored message bodies, a pending invite to their number. Invites they
 * sent that have not gone out yet are not sent at all.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { escapeHtml } from '../../text/escape-html.js';
import type { ErasureSubject } from './erased-person.js';
import { type Scrubber, scrubberFor } from './erasure-scrubber.js';

/** Scrubs other people's copies; call while the rooms and invites still exist. */
export async function eraseFromOthersChannels(
  trx: Db,
  scrub: Scrubber,
  subject: ErasureSubject,
  others: { userIds: string[]; waIds: string[]; emails: string[] },
): Promise<void> {
  const { roomIds, waIds, emails } = subject;
  const unsent = await trx
    .selectFrom('invites')
    .leftJoin('whatsapp_messages', 'whatsapp_messages.id', 'invites.whatsapp_message_id')
    .leftJoin('emails', 'emails.id', 'invites.email_id')
    .select(['whatsapp_messages.id as message_id', 'whatsapp_messages.status as message_status'])
    .select(['emails.id as email_id', 'emails.status as email_status'])
    .where('invites.created_by', '=', subject.userId)
    .execute();
  const unsentMessages = unsent
    .filter((i) => i.message_id && (i.message_status === 'queued' || i.message_status === 'held'))
    .map((i) => i.message_id!);
  const unsentEmails = unsent
    .filter((i) => i.email_id && i.email_status === 'queued')
    .map((i) => i.email_id!);
  if (unsentMessages.length > 0) {
    await trx.deleteFrom('whatsapp_messages').where('id', 'in', unsentMessages).execute();
  }
  if (unsentEmails.length > 0) {
    await trx.deleteFrom('emails').where('id', 'in', unsentEmails).execute();
  }

  const noOne = ['00000000-0000-0000-0000-000000000000'];
  const messages = await trx
    .selectFrom('whatsapp_messages')
    .select(['id', 'body', 'error_title', 'error_details'])
    .where((eb) =>
      eb.or([
        eb('room_id', 'in', roomIds.length > 0 ? roomIds : noOne),
        eb('wa_id', 'in', others.waIds.length > 0 ? others.waIds : ['']),
      ]),
    )
    .where('wa_id', 'not in', waIds.length > 0 ? waIds : [''])
    .execute();
  for (const message of messages) {
    const body = scrub.json(message.body);
    const changed = {
      body: JSON.stringify(body),
      error_title: message.error_title === null ? null : scrub.text(message.error_title),
      error_details: message.error_details === null ? null : scrub.text(message.error_details),
    };
    if (
      changed.body === JSON.stringify(message.body) &&
      changed.error_title === message.error_title &&
      changed.error_details === message.error_details
    ) {
      continue;
    }
    await trx.updateTable('whatsapp_messages').set(changed).where('id', '=', message.id).execute();
  }

  const otherEmails = await trx
    .selectFrom('emails')
    .select(['id', 'subject', 'text_body', 'html_body', 'error'])
    .where((eb) =>
      eb.or([
        eb('room_id', 'in', roomIds.length > 0 ? roomIds : noOne),
        eb(eb.fn('lower', ['to_address']), 'in', others.emails.length > 0 ? others.emails : ['']),
      ]),
    )
    .where((eb) => eb.fn('lower', ['to_address']), 'not in', emails.length > 0 ? emails : [''])
    .execute();
  // The HTML part holds names and words escaped, as the email templates wrote them.
  const html = scrubberFor({
    ...subject,
    names: [...subject.names, ...subject.names.map(escapeHtml)],
    texts: [...subject.texts, ...subject.texts.map(escapeHtml)],
  });
  for (const email of otherEmails) {
    const changed = {
      subject: scrub.text(email.subject),
      text_body: scrub.text(email.text_body),
      html_body: email.html_body === null ? null : html.text(email.html_body),
      error: email.error === null ? null : scrub.text(email.error),
    };
    if (
      changed.subject === email.subject &&
      changed.text_body === email.text_body &&
      changed.html_body === email.html_body &&
      changed.error === email.error
    ) {
      continue;
    }
    await trx.updateTable('emails').set(changed).where('id', '=', email.id).execute();
  }

  // Another chat that was about to invite them forgets the number and name it read back.
  const chats = await trx
    .selectFrom('whatsapp_conversations')
    .select(['wa_id', 'data'])
    .where('wa_id', 'not in', waIds.length > 0 ? waIds : [''])
    .where((eb) =>
      eb.or([
        eb('room_id', 'in', roomIds.length > 0 ? roomIds : noOne),
        eb('user_id', 'in', others.userIds.length > 0 ? others.userIds : noOne),
      ]),
    )
    .execute();
  for (const chat of chats) {
    const pending = chat.data.pendingInvite as { phoneNumber?: string } | undefined;
    if (!pending?.phoneNumber || !subject.numbers.includes(pending.phoneNumber)) continue;
    const { pendingInvite: _dropped, ...data } = chat.data;
    await trx
      .updateTable('whatsapp_conversations')
      .set({ data: JSON.stringify(data) })
      .where('wa_id', '=', chat.wa_id)
      .execute();
  }
}

/** Deletes the person's own WhatsApp chat and emails (after the other steps have read them). */
export async function deleteOwnChannels(trx: Db, subject: ErasureSubject): Promise<void> {
  const { waIds, emails, numbers } = subject;
  if (emails.length > 0) {
    await trx
      .updateTable('invites')
      .set({ recipient_email: null })
      .where((eb) => eb(eb.fn('lower', ['recipient_email']), 'in', emails))
      .execute();
    await trx
      .deleteFrom('emails')
      .where((eb) => eb(eb.fn('lower', ['to_address']), 'in', emails))
      .execute();
  }
  if (waIds.length === 0) return;
  await trx
    .updateTable('invites')
    .set({ recipient_phone: null })
    .where('recipient_phone', 'in', numbers)
    .execute();
  // Inbound messages and the chat's state go with the contact (foreign keys).
  await trx.deleteFrom('whatsapp_contacts').where('wa_id', 'in', waIds).execute();
  await trx.deleteFrom('whatsapp_messages').where('wa_id', 'in', waIds).execute();
  await trx.deleteFrom('whatsapp_conversations_opened').where('wa_id', 'in', waIds).execute();
  // Raw deliveries: those filed under the number, and any other already handled that mentions
  // it (one still waiting is someone else's message, not yet read).
  const mentions = waIds.map((w) => `%${w}%`);
  await sql`
    delete from whatsapp_webhook_events
    where wa_id = any(${waIds}::text[])
       or (processed_at is not null and data::text like any(${mentions}::text[]))
  `.execute(trx);
}
