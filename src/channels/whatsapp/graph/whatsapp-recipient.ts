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

/**
 * Meta's business-scoped user id (2026): a two-letter country code, a period, and up to 128
 * letters and digits (`US.13491208655302741918`; a parent id has `ENT.` after the country).
 */
const BUSINESS_USER_ID = /^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$/;

/** Whether a string is a business-scoped user id. */
export function isBusinessUserId(value: string): boolean {
  return BUSINESS_USER_ID.test(value);
}

/**
 * Who a send goes to: `to` with the number's digits, or `recipient` with the user id for someone
 * Meta knows only by username (never both: Meta refuses that). Throws when it is neither.
 */
export function addressOf(numberOrUserId: string): { to: string } | { recipient: string } {
  const trimmed = numberOrUserId.trim();
  if (isBusinessUserId(trimmed)) return { recipient: trimmed };
  return { to: toWhatsAppRecipient(trimmed) };
}
