import { describe, expect, it } from 'vitest';
import { afterQuietHours, dueTime, nextLocalTime } from './due-time.js';

const COALESCE_MS = 20_000;

const at = (iso: string) => new Date(iso);

describe('dueTime', () => {
  it('real-time notices wait a moment so several become one message', () => {
    const now = at('2026-11-24T12:00:00Z');
    expect(
      dueTime(
        { frequency: 'realtime', quietHours: null, timeZone: null, coalesceMs: COALESCE_MS },
        now,
      )?.getTime(),
    ).toBe(now.getTime() + COALESCE_MS);
  });

  it('off means never', () => {
    expect(
      dueTime(
        { frequency: 'off', quietHours: null, timeZone: null, coalesceMs: COALESCE_MS },
        new Date(),
      ),
    ).toBeNull();
  });

  it('hourly waits for the top of the next hour', () => {
    expect(
      dueTime(
        { frequency: 'hourly', quietHours: null, timeZone: null, coalesceMs: COALESCE_MS },
        at('2026-11-24T12:20:00Z'),
      )?.toISOString(),
    ).toBe('2026-11-24T13:00:00.000Z');
  });

  it('daily waits for 18:00 in the person’s time zone', () => {
    const due = dueTime(
      {
        frequency: 'daily',
        quietHours: null,
        timeZone: 'America/New_York',
        coalesceMs: COALESCE_MS,
      },
      at('2026-11-24T12:00:00Z'),
    );
    expect(due?.toISOString()).toBe('2026-11-24T23:00:00.000Z');
  });

  it('quiet hours across midnight defer to their end, local time', () => {
    const quiet = { start: '22:00', end: '07:00', time_zone: 'Europe/London' };
    expect(afterQuietHours(at('2026-11-24T23:30:00Z'), quiet).toISOString()).toBe(
      '2026-11-25T07:00:00.000Z',
    );
    expect(afterQuietHours(at('2026-11-24T06:59:00Z'), quiet).toISOString()).toBe(
      '2026-11-24T07:00:00.000Z',
    );
    expect(afterQuietHours(at('2026-11-24T12:00:00Z'), quiet).toISOString()).toBe(
      '2026-11-24T12:00:00.000Z',
    );
    // Summer time: London is UTC+1, so 07:00 local is 06:00 UTC.
    expect(afterQuietHours(at('2026-07-01T01:00:00Z'), quiet).toISOString()).toBe(
      '2026-07-01T06:00:00.000Z',
    );
  });

  it('quiet hours apply to a real-time notice', () => {
    const quiet = { start: '21:00', end: '08:00', time_zone: 'Asia/Kolkata' };
    const due = dueTime(
      { frequency: 'realtime', quietHours: quiet, timeZone: null, coalesceMs: COALESCE_MS },
      at('2026-11-24T18:00:00Z'),
    );
    expect(due?.toISOString()).toBe('2026-11-25T02:30:00.000Z');
  });

  it('finds the next local time across a daylight-saving change', () => {
    // Clocks go back on 2026-10-25 in London; 18:00 local that day is 18:00 UTC.
    expect(nextLocalTime(at('2026-10-25T00:30:00Z'), 'Europe/London', 18, 0).toISOString()).toBe(
      '2026-10-25T18:00:00.000Z',
    );
  });
});
