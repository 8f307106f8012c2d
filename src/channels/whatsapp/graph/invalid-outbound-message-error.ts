/**
 * A message that breaks one of Meta's rules, caught before any request is made: sending it would
 * only earn a 100/131008/131009 error and burn a request against the rate limits.
 */
import type { SendFailureClass } from '../outbound-message.js';

/** Thrown by the builders when a message breaks a WhatsApp limit; `rule` names the limit. */
export class InvalidOutboundMessageError extends Error {
  /** Such a message can never be sent as it is, so callers treat it like Meta's permanent errors. */
  readonly failureClass: SendFailureClass = 'permanent';

  constructor(
    /** A stable name of the broken rule, e.g. `buttons.count` or `list.row.title.length`. */
    readonly rule: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidOutboundMessageError';
  }
}
