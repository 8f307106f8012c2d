/**
 * Which waiting sends go first when workers are busy (graphile-worker's `priority`: lower runs
 * first). Someone who has just written is waiting for the answer; a notice tells someone of a
 * change they did not ask about this second; a reminder or check-in can wait the longest.
 */
import { PHONE_CODE_REASON } from '../../../domain/accounts/phone-codes.js';

/** The reason of the confirmation sent after STOP: it goes even to someone who opted out. */
export const OPT_OUT_CONFIRMATION = 'opt_out_confirmation';

export const SEND_PRIORITY = { reply: 0, notice: 10, reminder: 20 } as const;

/** The priority of a send made for `reason` (notices and anything new: the middle). */
export function sendPriority(reason: string): number {
  switch (reason) {
    case 'conversation':
    case 'relay':
    case 'agreement_document':
    case 'opt_in_confirmation':
    case OPT_OUT_CONFIRMATION:
    case PHONE_CODE_REASON: // someone is typing the code in
      return SEND_PRIORITY.reply;
    case 'reminder':
    case 'check_in':
      return SEND_PRIORITY.reminder;
    default:
      return SEND_PRIORITY.notice;
  }
}
