/**
 * Sends the one-time code that proves a number: Meta's AUTHENTICATION template with a copy-code
 * button, the only message a number waiting for proof ever gets from Meedi8.
 */
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { renderTemplateMessage } from '../channels/whatsapp/templates/render-template-message.js';
import { issuePhoneCode } from '../domain/accounts/issue-phone-code.js';
import { PHONE_CODE_REASON } from '../domain/accounts/phone-codes.js';
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
      message: renderTemplateMessage('phone_verification_code', { code: issued.code }),
      reason: PHONE_CODE_REASON,
    });
    return { phoneNumber: issued.phoneNumber, expiresAt: issued.expiresAt };
  });
}
