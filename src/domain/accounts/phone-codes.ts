/**
 * One-time codes that prove a person holds a phone number. Only a salted hash is stored; a code
 * works for ten minutes and for five tries, and codes are limited per account and per number so
 * nobody can use Meedi8 to pester a phone.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const PHONE_CODE_TTL_MS = 10 * 60 * 1000;
export const PHONE_CODE_MAX_ATTEMPTS = 5;
/** The shortest wait between two codes for one account. */
export const PHONE_CODE_RESEND_MS = 60 * 1000;
/** Codes in a moving day: per account, and per number across all accounts. */
export const PHONE_CODES_PER_DAY = 5;
/** The reason stored with the WhatsApp message that carries a code. */
export const PHONE_CODE_REASON = 'phone_verification';

/** A fresh six-digit code. */
export function newPhoneCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** A code's salted hash, and the salt. */
export function hashPhoneCode(
  code: string,
  salt: Buffer = randomBytes(16),
): { salt: Buffer; hash: Buffer } {
  return { salt, hash: createHash('sha256').update(salt).update(code).digest() };
}

/** Whether `code` (as typed: spaces and dashes allowed) is the one hashed. */
export function phoneCodeMatches(code: string, salt: Buffer, hash: Buffer): boolean {
  const typed = code.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(typed)) return false;
  return timingSafeEqual(new Uint8Array(hashPhoneCode(typed, salt).hash), new Uint8Array(hash));
}
