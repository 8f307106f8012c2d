/**
 * `X-Hub-Signature-256` check: HMAC-SHA256 of the raw request bytes keyed with the app secret,
 * compared in constant time. The expected value is never revealed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/** True when `header` signs `raw` with `appSecret`. */
export function verifySignature(
  raw: Buffer,
  header: string | undefined,
  appSecret: string,
): boolean {
  const match = header ? HEADER.exec(header.trim()) : null;
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1].toLowerCase(), 'hex');
  if (matches(raw, given, appSecret)) return true;
  // Meta signs the body as it sends it, with non-ASCII escaped as \uXXXX; a relay that
  // unescaped it changes the bytes. Trying the escaped form keeps such deliveries valid.
  const text = raw.toString('utf8');
  if (!/[\u0080-\uffff]/.test(text)) return false;
  return matches(Buffer.from(escapeNonAscii(text), 'utf8'), given, appSecret);
}

/** The signature header value Meta would send for `raw` (used by tests and the benchmark). */
export function signBody(raw: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

function matches(raw: Buffer, given: Buffer, appSecret: string): boolean {
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function escapeNonAscii(text: string): string {
  return text.replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
