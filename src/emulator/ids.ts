/** Identifiers shaped like Meta's: message ids (wamid), numeric object ids, trace ids. */
import { randomBytes, randomInt } from 'node:crypto';

/**
 * A message id as Meta writes it: `wamid.` + base64 of a small binary record holding the
 * user's number and a random upper-case hex tag (18 characters for business messages, 20 for
 * the user's). Clients must treat it as opaque; matching the shape catches length or charset
 * assumptions early.
 */
export function newWamid(waId: string, direction: 'outbound' | 'inbound'): string {
  const digits = Buffer.from(waId, 'ascii');
  const tagLength = direction === 'outbound' ? 18 : 20;
  const tag = Buffer.from(
    randomBytes(tagLength / 2)
      .toString('hex')
      .toUpperCase(),
    'ascii',
  );
  const bytes = Buffer.concat([
    Buffer.from([0x1c, 0x18, digits.length]),
    digits,
    Buffer.from([0x15, 0x02, 0x00, direction === 'outbound' ? 0x11 : 0x12, 0x18, tag.length]),
    tag,
    Buffer.from([0x00]),
  ]);
  return `wamid.${bytes.toString('base64')}`;
}

/** A 16-digit numeric id like Meta's object ids; below 2^53 so it also survives as a JSON number. */
export function numericId(): string {
  let id = String(randomInt(1, 9));
  while (id.length < 16) id += String(randomInt(0, 10));
  return id;
}

/** The 11-character trace id Meta adds to every error body. */
export function fbtraceId(): string {
  return randomBytes(9).toString('base64url').slice(0, 11);
}

/** A 32-hex-character conversation id as in status webhooks. */
export function conversationId(): string {
  return randomBytes(16).toString('hex');
}

/** An unguessable token for media download URLs. */
export function urlToken(): string {
  return randomBytes(18).toString('base64url');
}
