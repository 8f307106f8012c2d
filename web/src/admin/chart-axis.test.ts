import { describe, expect, it } from 'vitest';
import { axisFor, moneyTicks } from './chart-axis';

describe('the console charts’ value axes', () => {
  it('draw a few cents of spend on an axis of cents, not of whole dollars', () => {
    const axis = axisFor('money', 0.07);
    expect(axis.allowDecimals).toBe(true);
    expect(axis.ticks).toEqual([0, 0.02, 0.04, 0.06, 0.08]);
    expect(axis.domain).toEqual([0, 0.08]);
    expect(axis.ticks!.map(axis.tick)).toEqual(['$0.00', '$0.02', '$0.04', '$0.06', '$0.08']);
  });

  it('step money in 1, 2 or 5 of a power of ten, up to just above the largest bar', () => {
    expect(moneyTicks(0)).toEqual([0, 0.01]);
    expect(moneyTicks(0.004)).toEqual([0, 0.01]);
    expect(moneyTicks(0.05)).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05]);
    expect(moneyTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(moneyTicks(3.4)).toEqual([0, 1, 2, 3, 4]);
    expect(moneyTicks(120)).toEqual([0, 50, 100, 150]);
  });

  it('keep counts in whole numbers', () => {
    const axis = axisFor('count', 3);
    expect(axis.allowDecimals).toBe(false);
    expect(axis.tick(3)).toBe('3');
  });

  it('draw rates from 0 to 100 %', () => {
    const axis = axisFor('percent', 42.5);
    expect(axis.domain).toEqual([0, 100]);
    expect(axis.tick(50)).toBe('50%');
  });
});
