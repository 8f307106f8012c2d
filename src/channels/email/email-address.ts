/**
 * Email addresses as Meedi8 accepts them: one plain `local@domain` address, checked simply and
 * strictly enough that a typo is caught before an invite goes nowhere, and that nothing can smuggle
 * a second recipient or a header line into a send.
 */

const MAX_ADDRESS_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const MAX_LABEL_LENGTH = 63;
// Printable characters other than those that separate, quote or group addresses in headers.
const LOCAL_PART = /^[^\s\p{Cc}<>()[\]\\,;:"@]+$/u;
// Letters and digits of any script (internationalised domains), hyphens inside a label.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

/**
 * The address to store (trimmed, domain lower-cased), or null when `input` is not one address.
 * Quoted local parts and IP-literal domains are valid by the RFC but refused: people do not use
 * them for invites, and refusing them keeps the check easy to trust.
 */
export function normalizeEmailAddress(input: string): string | null {
  const address = input.trim();
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return null;
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return null;
  // Dots separate atoms; an empty atom (leading, trailing or doubled dot) is not an address.
  if (local.split('.').some((atom) => atom.length === 0)) return null;
  const labels = domain.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((label) => label.length <= MAX_LABEL_LENGTH && DOMAIN_LABEL.test(label))) {
    return null;
  }
  if (!TOP_LEVEL.test(labels[labels.length - 1]!)) return null;
  return `${local}@${domain}`;
}

/** Whether `input` is one email address Meedi8 would send to. */
export function isValidEmailAddress(input: string): boolean {
  return normalizeEmailAddress(input) !== null;
}
