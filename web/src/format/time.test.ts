import { describe, expect, it } from 'vitest';
import { describeElapsed, formatAgo, formatElapsed } from './time';

describe('time formatting', () => {
  it('formats a running break timer', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5000)).toBe('0:00');
  });

  it('describes the timer in words for screen readers', () => {
    expect(describeElapsed(30_000)).toBe('less than a minute');
    expect(describeElapsed(60_000)).toBe('1 minute');
    expect(describeElapsed(3_720_000)).toBe('1 hour 2 minutes');
  });

  it('says how long ago', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(formatAgo('2026-11-24T11:59:30Z', now, 'en')).toBe('just now');
    expect(formatAgo('2026-11-24T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(formatAgo('2026-11-23T11:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatAgo('not a date', now)).toBe('');
  });
});
