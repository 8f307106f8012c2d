/** Phone numbers: any common writing in, E.164 out, mobile numbers only. */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

// Ofcom's drama range (07700 900000–900999) is reserved for fiction and documentation, so it
// never reaches a real person; libphonenumber calls it invalid, but Meedi8's docs, sandbox
// phones and tests use it, so it counts as a mobile number here.
const UK_FICTION_RANGE = /^\+447700900\d{3}$/;

/** Parses a phone number to E.164, or returns null when it is not a valid mobile number. */
export function parseMobileNumber(input: string, defaultCountry?: string): string | null {
  const parsed = parsePhoneNumberFromString(input, defaultCountry as CountryCode | undefined);
  if (!parsed) return null;
  if (UK_FICTION_RANGE.test(parsed.number)) return parsed.number;
  if (!parsed.isValid()) return null;
  const type = parsed.getType();
  return type && MOBILE_TYPES.has(type) ? parsed.number : null;
}

/** The ISO country of an E.164 number, or null. */
export function countryOfNumber(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null;
}
