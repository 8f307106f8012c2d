/**
 * The two send limits Meta enforces on a business number: throughput (messages per second
 * from the number, 130429) and the pair rate (messages to one user, 131056). Meta documents the
 * pair rate as one message per 6 s on average with bursts (up to 45 in 6 s) that borrow from the
 * time after them: a token bucket of `pairRateBurst` tokens refilled one per interval.
 */

/** Sliding one-second window for the number's throughput and a token bucket per user. */
export class RateLimits {
  private readonly perSecond: number;
  private readonly pairIntervalMs: number;
  private readonly pairBurst: number;
  private recent: number[] = [];
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(opts: {
    throughputPerSecond: number;
    pairRateIntervalMs: number;
    pairRateBurst: number;
  }) {
    this.perSecond = opts.throughputPerSecond;
    this.pairIntervalMs = opts.pairRateIntervalMs;
    this.pairBurst = opts.pairRateBurst;
  }

  /** Whether one more send fits in the last second. */
  throughputAllows(now: number): boolean {
    this.recent = this.recent.filter((t) => t > now - 1000);
    return this.recent.length < this.perSecond;
  }

  /** Whether one more message to this user fits the pair rate. */
  pairAllows(waId: string, now: number): boolean {
    return this.refill(waId, now).tokens >= 1;
  }

  /** Counts an accepted send against both limits. */
  record(waId: string, now: number): void {
    this.recent.push(now);
    this.refill(waId, now).tokens -= 1;
  }

  clear(): void {
    this.recent = [];
    this.buckets.clear();
  }

  private refill(waId: string, now: number): { tokens: number; at: number } {
    const bucket = this.buckets.get(waId) ?? { tokens: this.pairBurst, at: now };
    const earned = (now - bucket.at) / this.pairIntervalMs;
    bucket.tokens = Math.min(this.pairBurst, bucket.tokens + earned);
    bucket.at = now;
    this.buckets.set(waId, bucket);
    return bucket;
  }
}
