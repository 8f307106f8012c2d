import { describe, expect, it } from 'vitest';
import { errors, MeediError } from './errors.js';

describe('the error catalogue', () => {
  it('gives every entry a snake_case code, a 4xx or 5xx status and a message', () => {
    for (const [name, make] of Object.entries(errors)) {
      const error = (make as (...args: unknown[]) => MeediError)('x', 400, 'x');
      expect(error, name).toBeInstanceOf(MeediError);
      expect(error.code, name).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(error.statusCode, name).toBeGreaterThanOrEqual(400);
      expect(error.statusCode, name).toBeLessThan(600);
      expect(error.message.length, name).toBeGreaterThan(0);
    }
  });

  it('passes on the framework’s own FST_ codes in lower case, anything else as bad_request', () => {
    expect(errors.frameworkRefused('FST_ERR_BAD_URL', 400, 'Bad URL').code).toBe('fst_err_bad_url');
    expect(errors.frameworkRefused(undefined, 400, 'Bad').code).toBe('bad_request');
  });
});
