/**
 * Sends a password reset link to the account an email address or a proven WhatsApp number
 * names, if there is one. The caller answers the same whatever happens here, so the outcome is
 * for the logs (ids only) and the tests, never for the person asking.
 *
 * By WhatsApp the link goes as free text, which Meta allows only inside the person's 24-hour
 * service window. Outside it only an approved template reaches them, and none fits: Meedi8 has
 * no utility template for resets, and its one authentication template (`phone_verification_code`)
 * carries only a one-time code of at most 15 characters in Meta's preset wording, which Meta
 * allows for codes alone, not for a link. So a closed window (or a number that said STOP) falls
 * back to the account's email, and the email says why it came there.
 */

import { passwordResetEmail } from '../channels/email/password-reset-email.js';
import { queueEmail } from '../channels/email/queue-email.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { isServiceWindowOpen } from '../channels/whatsapp/service-window.js';
import {
  createPasswordReset,
  PASSWORD_RESET_REASON,
  type PasswordResetChannel,
  passwordResetUrl,
} from '../domain/accounts/password-resets.js';
import { localeOf } from '../domain/accounts/person-locale.js';
import type { Db } from '../storage/database.js';
import { noticeT } from './compose-notices.js';

/** Whose password to reset: an email address as typed, or a number in E.164. */
export type PasswordResetAddress = { email: string } | { phone: string };

/** What happened, for the logs (which carry the user id, never the address). */
export type PasswordResetOutcome =
  | { sent: false; reason: 'no_account' | 'account_limit' | 'nowhere_to_send'; userId?: string }
  | { sent: true; userId: string; channel: PasswordResetChannel; fellBackToEmail: boolean };

/** Finds the account, makes its link and queues the message, in one transaction. */
export async function sendPasswordReset(
  db: Db,
  publicUrl: string,
  address: PasswordResetAddress,
): Promise<PasswordResetOutcome> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'name', 'email', 'phone_number', 'locale'])
      .where('is_guest', '=', false)
      .where((eb) =>
        'email' in address
          ? eb(eb.fn('lower', ['email']), '=', address.email.trim().toLowerCase())
          : eb.and([
              eb('phone_number', '=', address.phone),
              eb('phone_number_verified_at', 'is not', null),
            ]),
      )
      .executeTakeFirst();
    if (!user) return { sent: false, reason: 'no_account' };

    const byPhone = 'phone' in address;
    const whatsappOpen = byPhone && (await inServiceWindow(trx, address.phone));
    if (!whatsappOpen && !user.email) {
      return { sent: false, reason: 'nowhere_to_send', userId: user.id };
    }
    const channel: PasswordResetChannel = whatsappOpen ? 'whatsapp' : 'email';
    const secret = await createPasswordReset(trx, user.id, channel);
    if (!secret) return { sent: false, reason: 'account_limit', userId: user.id };
    const resetUrl = passwordResetUrl(publicUrl, secret);

    if (channel === 'whatsapp' && 'phone' in address) {
      await queueWhatsAppMessage(trx, {
        waId: address.phone.slice(1),
        message: {
          kind: 'text',
          body: noticeT(localeOf(user), 'password_reset.whatsapp', { url: resetUrl }),
          // A preview would fetch the page; it holds no secret (that is in the fragment), but
          // the person needs none.
          previewUrl: false,
        },
        reason: PASSWORD_RESET_REASON,
      });
    } else {
      const content = passwordResetEmail({
        locale: localeOf(user),
        name: user.name,
        resetUrl,
        publicUrl,
        askedByPhone: byPhone,
      });
      await queueEmail(trx, { to: user.email!, ...content, reason: PASSWORD_RESET_REASON });
    }
    return { sent: true, userId: user.id, channel, fellBackToEmail: byPhone && !whatsappOpen };
  });
}

/** Whether free text reaches the number now: its window is open and it has not said STOP. */
async function inServiceWindow(db: Db, phone: string): Promise<boolean> {
  const contact = await db
    .selectFrom('whatsapp_contacts')
    .select(['last_inbound_at', 'opted_out_at', 'undeliverable_at'])
    .where('wa_id', '=', phone.slice(1))
    .executeTakeFirst();
  if (!contact || contact.opted_out_at || contact.undeliverable_at) return false;
  return isServiceWindowOpen(contact.last_inbound_at);
}
