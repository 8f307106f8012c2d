/** How the admin figures round and add up, the same for every figure. */

/** A share rounded to 4 decimals; null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** Dollars to the micro-dollar, so sums of small rates read cleanly. */
export function roundUsd(usd: number): number {
  return Math.round(usd * 1_000_000) / 1_000_000;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
