/** The admin page's time range: defaults and limits, without the app. */
import { describe, expect, it } from 'vitest';
import { MeediError } from '../../src/errors.js';
import { statsRange } from '../../src/http/routes/admin-routes.js';

const now = new Date('2026-03-15T12:00:00Z');
const DAY = 24 * 3_600_000;

describe('statsRange', () => {
  it('defaults to the 30 days before now, or before `to`', () => {
    expect(statsRange(undefined, undefined, now)).toEqual({
      from: new Date(now.getTime() - 30 * DAY),
      to: now,
    });
    expect(statsRange(undefined, '2026-01-31T00:00:00Z', now)).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-01-31T00:00:00Z'),
    });
    expect(statsRange('2026-03-01', undefined, now)).toEqual({
      from: new Date('2026-03-01T00:00:00Z'),
      to: now,
    });
  });

  it('allows up to 366 days and no more', () => {
    const to = '2025-01-01T00:00:00Z';
    expect(statsRange('2024-01-01T00:00:00Z', to, now).from).toEqual(new Date('2024-01-01'));
    expect(() => statsRange('2023-12-31T23:59:59Z', to, now)).toThrow(/longer than 366 days/);
  });

  it('refuses a reversed range and unreadable times, as 422', () => {
    for (const [from, to] of [
      ['2026-03-16T00:00:00Z', undefined],
      ['2026-01-01T00:00:00+00:00', '2026-01-01T01:00:00+01:00'],
      ['2026-01-01T00:00', undefined],
      ['1 January 2026', undefined],
      [undefined, '2026-13-01'],
    ] as const) {
      let thrown: unknown;
      try {
        statsRange(from, to, now);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${from} ${to}`).toBeInstanceOf(MeediError);
      expect((thrown as MeediError).statusCode).toBe(422);
    }
  });
});
