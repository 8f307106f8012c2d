/** The `to` field of a send: a phone number in E.164 form, written as digits without the +. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';

/** Validates an E.164 number and returns its digits for Meta's `to`; throws when invalid. */
export function toWhatsAppRecipient(e164: string): string {
  const trimmed = e164.trim();
  // Only international form is accepted: guessing a country here could message a stranger.
  const parsed = trimmed.startsWith('+') ? parsePhoneNumberFromString(trimmed) : undefined;
  // "Possible" (a known country code and a plausible length) rather than "valid": numbers here
  // are usually wa_ids Meta gave us, and libphonenumber's range metadata lags behind new number
  // ranges, so a stricter check could silence a real person. Whether a number is a mobile is
  // decided when someone types it in (domain/phone-number.ts), not at send time.
  if (!parsed?.isPossible()) {
    throw new InvalidOutboundMessageError(
      'recipient.e164',
      'The recipient is not a phone number in international (E.164) form, such as +447700900123.',
    );
  }
  return parsed.number.slice(1);
}
