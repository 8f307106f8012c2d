/**
 * The value axis of a console chart, by what it measures: counts in whole numbers, rates from 0
 * to 100 %, money in round steps of cents or dollars up to just above the largest bar (a few
 * cents of spend must not sit on a 0–4 axis of whole dollars).
 */
import { formatUsd } from './stats-range';

export type AxisKind = 'count' | 'percent' | 'money';

/** What the chart's YAxis is given. */
export interface AxisSettings {
  allowDecimals: boolean;
  /** A fixed range, or none for the chart's own (counts: from 0 to a whole number). */
  domain?: [number, number];
  ticks?: number[];
  /** Writes a value (with its unit), on the axis and on the bars. */
  tick: (value: number) => string;
}

/** The most intervals a money axis is divided into. */
const MAX_INTERVALS = 5;

/** The axis for a chart of `kind` whose largest value is `max`. */
export function axisFor(kind: AxisKind, max: number): AxisSettings {
  switch (kind) {
    case 'count':
      return { allowDecimals: false, tick: (value) => String(value) };
    case 'percent':
      return {
        allowDecimals: true,
        domain: [0, 100],
        ticks: [0, 25, 50, 75, 100],
        tick: (value) => `${value}%`,
      };
    case 'money': {
      const ticks = moneyTicks(max);
      return {
        allowDecimals: true,
        domain: [0, ticks.at(-1)!],
        ticks,
        tick: formatUsd,
      };
    }
  }
}

/**
 * Ticks from 0 up to the first round value at or above `max`, in steps of 1, 2 or 5 times a
 * power of ten (at least one cent), at most five steps.
 */
export function moneyTicks(max: number): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 0;
  for (let cents = 1; ; cents *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = cents * factor;
      const steps = Math.max(1, Math.ceil(Math.round(top * 100 * 1e6) / 1e6 / step));
      if (steps <= MAX_INTERVALS) {
        // Whole cents, divided once: float steps (0.1 + 0.2) would print as $0.30000000000000004.
        return Array.from({ length: steps + 1 }, (_, i) => (i * step) / 100);
      }
    }
  }
}
