/**
 * The pino logger. Logs carry ids, never phone numbers, message text or secrets: known sensitive
 * fields are redacted wherever they appear, URLs lose their query strings and invite tokens,
 * and request logs hold no headers and no client addresses.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

const SENSITIVE_FIELDS = [
  'authorization',
  'cookie',
  'password',
  'token',
  'access_token',
  'api_key',
  'apiKey',
  'phone_number',
  'phone',
  'wa_id',
  // Meta's business-scoped user ids name a person as a number does.
  'business_user_id',
  'from_user_id',
  'recipient_user_id',
  'recipient_id',
  'email',
  'body',
  'text',
  'agreement_text',
  'reply',
];

/** Paths pino redacts at the top level and one level down. */
// `message` only at the top level: one level down it is usually an error's own message.
export const REDACT_PATHS = [
  'message',
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((f) => `*.${f}`),
];

// Path segments that are secrets: invite links (/join/…), sign-in links (/signin/…), and any
// other long opaque segment (Meedi8's secrets are 43 base64url characters), so a token in a route
// added later is hidden too. Ids (UUIDs, numbers) stay: they are what logs are for.
const SECRET_AFTER = /\/(join|signin)\/[^/]+/g;
const OPAQUE_SEGMENT = /\/[A-Za-z0-9_-]{20,}(?=\/|$)/g;
const UUID = /^\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Strips the query string and secret path segments (invite and sign-in tokens) from a URL. */
export function loggableUrl(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .replace(SECRET_AFTER, '/$1/[redacted]')
    .replace(OPAQUE_SEGMENT, (segment) =>
      UUID.test(segment) || /^\/\d+$/.test(segment) ? segment : '/[redacted]',
    );
}

interface RequestLike {
  method: string;
  url: string;
  id?: string;
  routeOptions?: { url?: string };
}

/** Creates the process logger. */
export function createLogger(
  level: LogLevel,
  options: { pretty?: boolean; destination?: DestinationStream } = {},
): Logger {
  const pinoOptions: pino.LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: RequestLike) => ({
        method: req.method,
        url: loggableUrl(req.url),
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
    ...(options.pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } }
      : {}),
  };
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}
