/**
 * Turns Meta's error answers and failed requests into `GraphApiError`. Meta's strings are passed
 * through a redactor first: a Graph error can quote the request, and the request may carry the
 * access token.
 */
import { GraphApiError } from './graph-api-error.js';
import type { ServerErrorBody } from './graph-types.js';

/** Replaces secrets in a string Meta or the network returned. */
export type Redact = (text: string) => string;

/** A redactor that removes every given secret wherever it appears. */
export function redactorFor(secrets: (string | null | undefined)[]): Redact {
  const present = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (text) => present.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

/** Builds the error for a non-2xx answer; the body may be Meta's JSON or anything else. */
export function graphErrorFromResponse(
  httpStatus: number,
  bodyText: string,
  retryAfterHeader: string | null,
  redact: Redact,
): GraphApiError {
  const meta = parseErrorBody(bodyText);
  const retryAfterMs = parseRetryAfter(retryAfterHeader);
  if (!meta) {
    // A proxy or load balancer in front of Graph answered (HTML 502 and the like): only the
    // status is meaningful, and the body is not shown because it is not Meta's.
    return new GraphApiError({
      httpStatus,
      code: 0,
      subcode: null,
      title: 'Unexpected answer',
      message: `Graph answered HTTP ${httpStatus} with a body that is not Meta's JSON error`,
      details: null,
      fbtraceId: null,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  return new GraphApiError({
    httpStatus,
    code: typeof meta.code === 'number' ? meta.code : 0,
    subcode: typeof meta.error_subcode === 'number' ? meta.error_subcode : null,
    title: redact(meta.error_user_title ?? meta.type ?? 'GraphError'),
    message: redact(meta.message ?? 'no message'),
    details: meta.error_data?.details ? redact(meta.error_data.details) : null,
    fbtraceId: meta.fbtrace_id ?? null,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** System codes of a connection that never opened: the request did not leave. */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Builds the error for a request that got no answer: network failure or timeout. */
export function graphErrorFromNetwork(err: unknown, timeoutMs: number): GraphApiError {
  const name = err instanceof Error ? err.name : 'Error';
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  // Only the error's name and system code are kept: fetch's own messages can quote the URL, and
  // URLs here can carry the access token (debug_token) or the appsecret_proof.
  const systemCode = causeCode(err);
  const message = timedOut
    ? `no answer within ${timeoutMs} ms`
    : `request failed (${systemCode ?? name})`;
  return new GraphApiError({
    httpStatus: 0,
    code: 0,
    subcode: null,
    title: timedOut ? 'Timeout' : 'Network error',
    message,
    details: null,
    fbtraceId: null,
    failureClass: 'transient',
    // Only a connection that never opened certainly carried nothing to Meta.
    answerLost: !(systemCode !== null && NEVER_SENT.has(systemCode)),
  });
}

function parseErrorBody(bodyText: string): ServerErrorBody['error'] | null {
  try {
    const parsed: unknown = JSON.parse(bodyText);
    if (parsed && typeof parsed === 'object' && 'error' in parsed) {
      const error = (parsed as ServerErrorBody).error;
      if (error && typeof error === 'object') return error;
    }
  } catch {
    // Not JSON: handled by the caller as an unexpected answer.
  }
  return null;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function causeCode(err: unknown): string | null {
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : null;
}
