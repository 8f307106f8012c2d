import { describe, expect, it } from 'vitest';
import { resetTokenFrom } from './reset-token';

describe('the reset link’s token', () => {
  const token = 'q3Zr8WfKx0bT2mYvL5nJc7HdA9sGe4uPkR1oVi6NwQE';

  it('is read from the fragment, with or without its #', () => {
    expect(resetTokenFrom(`#token=${token}`)).toBe(token);
    expect(resetTokenFrom(`token=${token}`)).toBe(token);
  });

  it('is null when missing, cut short or not a token', () => {
    expect(resetTokenFrom('')).toBeNull();
    expect(resetTokenFrom('#token=')).toBeNull();
    expect(resetTokenFrom('#token=abc')).toBeNull();
    expect(resetTokenFrom(`#token=${token.slice(0, 10)}`)).toBeNull();
    // As long as a real token, so only its characters rule it out.
    const script = '<script>alert(1)</script>'.padEnd(token.length, 'x');
    expect(resetTokenFrom(`#token=${script}`)).toBeNull();
  });
});
