import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { MediatorUnavailableError } from '../mediator.js';
import { isRetryableStatus, toMediatorError } from './map-claude-error.js';

const statusError = (status: number) =>
  APIError.generate(
    status,
    { type: 'error', error: { type: 'api_error', message: 'Priya said something private' } },
    undefined,
    new Headers({ 'request-id': 'req_123' }),
  );

describe('isRetryableStatus', () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529])('retries %i', (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });

  it.each([400, 401, 402, 403, 404, 413, 422])('does not retry %i', (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
});

describe('toMediatorError', () => {
  it('names the status, type and request id, and keeps the SDK error as the cause', () => {
    const cause = statusError(529);

    const error = toMediatorError(cause);

    expect(error.message).toBe('Claude API answered 529 (api_error, request req_123)');
    expect(error.retryable).toBe(true);
    expect(error.cause).toBe(cause);
    expect(error.message).not.toContain('Priya');
  });

  it('maps connection failures and timeouts as retryable', () => {
    expect(toMediatorError(new APIConnectionError({})).retryable).toBe(true);
    expect(toMediatorError(new APIConnectionTimeoutError()).message).toBe(
      'Claude did not answer in time',
    );
  });

  it('tells a caller cancel from the deadline', () => {
    const caller = new AbortController();
    const deadline = new AbortController();
    caller.abort();
    expect(toMediatorError(new APIUserAbortError(), { caller: caller.signal }).message).toBe(
      'Claude request was cancelled',
    );
    deadline.abort();
    expect(toMediatorError(new Error('aborted'), { deadline: deadline.signal }).message).toBe(
      'Claude did not answer in time',
    );
  });

  it('does not retry a request the client refused to send', () => {
    expect(toMediatorError(new AnthropicError('bad options')).retryable).toBe(false);
  });

  it('returns a MediatorUnavailableError unchanged', () => {
    const original = new MediatorUnavailableError('bad output', true);

    expect(toMediatorError(original)).toBe(original);
  });
});
