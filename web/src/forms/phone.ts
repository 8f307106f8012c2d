/**
 * Phone numbers in the browser, with the server's own rules (`src/domain/phone-number.ts` is
 * pure and shared): any common writing in, E.164 out, mobile numbers only.
 */
import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { parseMobileNumber } from '../../../src/domain/phone-number';
import { t } from '../i18n/intl';

export interface CountryOption {
  code: CountryCode;
  name: string;
  callingCode: string;
}

/** Every country with its name in `locale` and its calling code, sorted by name. */
export function countryOptions(locale = 'en'): CountryOption[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    names = null;
  }
  return getCountries()
    .map((code) => ({
      code,
      name: names?.of(code) ?? code,
      callingCode: getCountryCallingCode(code),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The country to offer first: the region of the browser's language (en-GB → GB), else GB. */
export function defaultCountry(languages: readonly string[] = [], fallback = 'GB'): CountryCode {
  const known = new Set<string>(getCountries());
  for (const language of languages) {
    const region = /[-_]([A-Za-z]{2})(?:[-_]|$)/.exec(language)?.[1]?.toUpperCase();
    if (region && known.has(region)) return region as CountryCode;
  }
  return fallback as CountryCode;
}

export type PhoneCheck =
  | { state: 'empty' }
  | { state: 'valid'; e164: string; display: string; country: string | null }
  | { state: 'invalid'; message: string };

/** Checks a number as typed, reading it in `country` unless it starts with +. */
export function checkPhone(input: string, country: string): PhoneCheck {
  const text = input.trim();
  if (!text) return { state: 'empty' };
  if (/[^\d\s()+.\-/]/.test(text)) {
    return {
      state: 'invalid',
      message: t('phone.digitsOnly'),
    };
  }
  const e164 = parseMobileNumber(text, country);
  if (!e164) {
    const digits = text.replace(/\D/g, '');
    return {
      state: 'invalid',
      message: digits.length < 6 ? t('phone.keepTyping') : t('phone.notMobile'),
    };
  }
  const parsed = parsePhoneNumberFromString(e164);
  return {
    state: 'valid',
    e164,
    display: parsed?.formatInternational() ?? e164,
    country: parsed?.country ?? null,
  };
}

/** An E.164 number written for people (+44 7700 900123). */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** The country of an E.164 number, or null. */
export function countryOf(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null;
}

/**
 * The server's phone error in people's words, shown at the field beside the country list (the
 * API's message names its field, `phone_number`, which means nothing on a form).
 */
export function phoneProblemInWords(message: string): string {
  return /^phone_number\b/.test(message) ? t('phone.serverRejected') : message;
}
