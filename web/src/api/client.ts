/**
 * The one way the web client talks to the API: `fetch` with the session cookie, the
 * `X-Requested-With` header cookie writes require, and every failure turned into an `ApiError`
 * whose message is the server's own sentence (never a stack or "[object Object]"); shown in the
 * person's language where the web has its own text for the code.
 */
import { currentIntl, t, type WebKey } from '../i18n/intl';
import { TRANSLATED_CODES } from './error-texts';
import type { ErrorCode } from './types';

/**
 * The API's error code; `http_<status>` when the response carried none; `network_error` when
 * no response came.
 */
export type ApiErrorCode = ErrorCode | `http_${number}` | 'network_error';

/** A failed request, carrying the API's error code and a message a person can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: ApiErrorCode,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The message of a request that got no answer (in the language of the page). */
export function networkMessage(): string {
  return t('error.network_error');
}

const FALLBACK_KEYS: Record<number, WebKey> = {
  401: 'error.http_401',
  403: 'error.http_403',
  404: 'error.http_404',
  413: 'error.http_413',
  429: 'error.http_429',
};

/** Turns a failed response's status and body into an `ApiError`. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: unknown } | null)?.error;
  if (error && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof message === 'string' && message.trim()) {
      // The server answers only with its catalogue's codes.
      const known = typeof code === 'string' ? (code as ErrorCode) : null;
      return new ApiError(message, status, known ?? `http_${status}`);
    }
  }
  const fallback = FALLBACK_KEYS[status] ?? (status >= 500 ? 'error.http_500' : 'error.http_400');
  return new ApiError(t(fallback), status, `http_${status}`);
}

/**
 * The web's own text for an error code, in the person's language, when it has one: codes whose
 * meaning is fixed. Codes whose server message carries particulars (a field, a wait) keep it.
 */
function catalogueText(code: ApiErrorCode): string | null {
  if (!(TRANSLATED_CODES as readonly string[]).includes(code)) return null;
  const key = `error.${code}` as WebKey;
  // The join page loads only the texts it expects; any other code keeps the server's words.
  return key in currentIntl().messages ? t(key) : null;
}

/** The message to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return catalogueText(error.code) ?? error.message;
  if (error instanceof Error && error.message && !/^\[object /.test(error.message))
    return error.message;
  return t('error.generic');
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The headers of a request: JSON, plus the CSRF header on writes. */
export function requestHeaders(method: string, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (!SAFE_METHODS.has(method)) headers['x-requested-with'] = 'meedi8';
  if (hasBody) headers['content-type'] = 'application/json';
  return headers;
}

/** Calls the API and returns its JSON answer, or throws an `ApiError`. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders(method, hasBody),
      credentials: 'include',
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new ApiError(networkMessage(), 0, 'network_error');
  }
  const text = await response.text().catch(() => '');
  const data = parseJson(text);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Shorthands for the four verbs. */
export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'DELETE', body }),
};
