/**
 * Maps whatever a Claude call throws to `MediatorUnavailableError`, deciding whether trying
 * again later can help. Messages name the kind of failure only: never the API key, the
 * request, or the SDK's own message (which can quote the API's response).
 */
import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { MediatorUnavailableError } from '../mediator.js';

/** The signals a call ran under, to tell a caller's cancel from our own deadline. */
export interface CallSignals {
  /** The caller's signal, when it passed one. */
  caller?: AbortSignal | undefined;
  /** Fires when the whole call, retries included, has run out of time. */
  deadline?: AbortSignal | undefined;
}

// 408 (request timeout) and 409 (conflict) are transient; the rest of 4xx means the request,
// key, account or model is wrong, and sending it again will fail the same way.
const RETRYABLE_CLIENT_STATUSES = new Set([408, 409, 429]);

/** Whether an HTTP status from the Messages API is worth retrying later. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_CLIENT_STATUSES.has(status);
}

/** Converts a failure of a Claude call into the domain's error. */
export function toMediatorError(
  error: unknown,
  signals: CallSignals = {},
): MediatorUnavailableError {
  if (error instanceof MediatorUnavailableError) return error;
  // Checked first: once a signal fires, the SDK or fetch may throw any of several error types.
  if (signals.caller?.aborted) {
    return new MediatorUnavailableError('Claude request was cancelled', true, { cause: error });
  }
  if (signals.deadline?.aborted || error instanceof APIConnectionTimeoutError) {
    return new MediatorUnavailableError('Claude did not answer in time', true, { cause: error });
  }
  if (error instanceof APIUserAbortError) {
    return new MediatorUnavailableError('Claude request was cancelled', true, { cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new MediatorUnavailableError('Could not reach the Claude API', true, { cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const detail = [error.type, error.requestID && `request ${error.requestID}`]
      .filter(Boolean)
      .join(', ');
    return new MediatorUnavailableError(
      `Claude API answered ${error.status}${detail ? ` (${detail})` : ''}`,
      isRetryableStatus(error.status),
      { cause: error },
    );
  }
  if (error instanceof AnthropicError) {
    // Raised before anything is sent (bad options, missing credentials): a retry cannot fix it.
    return new MediatorUnavailableError('Claude client rejected the request', false, {
      cause: error,
    });
  }
  // Typically a response body that was cut off or was not JSON.
  return new MediatorUnavailableError('Claude request failed unexpectedly', true, { cause: error });
}
