import { describe, expect, it } from 'vitest';
import { asRows, cellText } from './json-rows';
import { daysBefore, formatRate, formatUsd, statsRange } from './stats-range';

describe('the console’s date range', () => {
  it('covers whole UTC days, the last one included', () => {
    expect(statsRange('2026-11-01', '2026-11-30')).toEqual({
      ok: true,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });

  it('refuses a backwards or too long range, and missing dates', () => {
    expect(statsRange('2026-11-30', '2026-11-01')).toMatchObject({ ok: false });
    expect(statsRange('2025-01-01', '2026-11-01')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at most 366/),
    });
    expect(statsRange('', '2026-11-01')).toMatchObject({
      ok: false,
      message: 'Choose both dates.',
    });
  });

  it('writes rates and money for people', () => {
    expect(formatRate(0.8765)).toBe('87.7%');
    expect(formatRate(null)).toBe('no data');
    expect(formatUsd(12.4)).toBe('$12.40');
  });
});

describe('operations answers as rows', () => {
  it('finds the list whatever its key, or shows one object', () => {
    expect(asRows([{ a: 1 }], 'jobs')).toEqual([{ a: 1 }]);
    expect(asRows({ jobs: [{ id: 'j1' }] }, 'jobs')).toEqual([{ id: 'j1' }]);
    expect(asRows({ items: [{ id: 'x' }], total: 1 }, 'jobs')).toEqual([{ id: 'x' }]);
    expect(asRows({ quality: 'GREEN', tier: 'TIER_1K' }, 'number')).toEqual([
      { quality: 'GREEN', tier: 'TIER_1K' },
    ]);
    expect(asRows(null, 'x')).toEqual([]);
  });

  it('writes cells as text', () => {
    expect(cellText(null)).toBe('—');
    expect(cellText(true)).toBe('yes');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });
});
