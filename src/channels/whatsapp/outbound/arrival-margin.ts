/**
 * How late after leaving a send may reach Meta, as this process sees it. A send reaches Meta
 * somewhere between leaving and Meta's answer; what matters for the sliding second is how much
 * that moment varies from send to send (a constant delay shifts every send alike). The spread of
 * recent round trips bounds that variation: a quiet link to Meta keeps the configured margin,
 * while a loaded machine or a congested link (round trips from 5 to 200 ms) widens it, trading a
 * little throughput for never letting Meta see more than the cap in a second. A process that has
 * not yet seen a few round trips is cautious.
 */
const SAMPLES = 200;
/** The round trip below which this share of recent sends fell bounds the spread. */
const QUANTILE = 0.99;
/** Until this many round trips are known, the margin is a cautious one. */
const WARM_UP = 10;
const WARM_UP_MARGIN_MS = 250;

export class ArrivalMargin {
  private readonly trips: number[] = [];
  private next = 0;
  private cached: number | null = null;

  constructor(
    private readonly floorMs: number,
    private readonly ceilingMs = 1000,
  ) {}

  /** Notes one send's time from leaving to Meta's answer. */
  record(roundTripMs: number): void {
    if (this.trips.length < SAMPLES) this.trips.push(roundTripMs);
    else this.trips[this.next] = roundTripMs;
    this.next = (this.next + 1) % SAMPLES;
    this.cached = null;
  }

  /**
   * Whether a send took longer than the margin allows for (its round trip beyond the quickest
   * recent one by more than the margin): it may have reached Meta as late as its answer.
   */
  slow(roundTripMs: number): boolean {
    if (this.trips.length < WARM_UP) return roundTripMs > this.ms();
    return roundTripMs - Math.min(...this.trips) > this.ms();
  }

  /** The margin to stamp the next send's slot with. */
  ms(): number {
    if (this.cached !== null) return this.cached;
    if (this.trips.length < WARM_UP) return Math.max(this.floorMs, WARM_UP_MARGIN_MS);
    const sorted = [...this.trips].sort((a, b) => a - b);
    const spread = sorted[Math.floor(QUANTILE * (sorted.length - 1))]! - sorted[0]!;
    this.cached = Math.min(this.ceilingMs, Math.max(this.floorMs, Math.ceil(spread)));
    return this.cached;
  }
}
