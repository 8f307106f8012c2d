/**
 * Sends the one-time code that proves a number: Meta's AUTHENTICATION template with a copy-code
 * button, the only message a number waiting for proof ever gets from Meedi8.
 */
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { renderVerificationCode } from '../channels/whatsapp/templates/render-verification-code.js';
import { issuePhoneCode } from '../domain/accounts/issue-phone-code.js';
import { PHONE_CODE_REASON } from '../domain/accounts/phone-codes.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import type { Db } from '../storage/database.js';

/** Issues a code for the account's waiting number and queues it, in one transaction. */
export async function sendPhoneCode(
  db: Db,
  userId: string,
): Promise<{ phoneNumber: string; expiresAt: Date }> {
  return db.transaction().execute(async (trx) => {
    const issued = await issuePhoneCode(trx, userId);
    await queueWhatsAppMessage(trx, {
      waId: issued.phoneNumber.slice(1),
      message: await renderVerificationCode(trx, issued.code, await localeOfUser(trx, userId)),
      reason: PHONE_CODE_REASON,
    });
    return { phoneNumber: issued.phoneNumber, expiresAt: issued.expiresAt };
  });
}
