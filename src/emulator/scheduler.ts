/**
 * Time inside the emulator: a clock that tests can move forward (the 24-hour window, media URL
 * expiry) and timers that never keep the process alive, can all be cancelled at once, and can
 * be awaited until nothing is pending.
 */

/** Clock, timers and an "idle" signal shared by every part of one emulator. */
export class Scheduler {
  private offsetMs = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sleepers = new Map<NodeJS.Timeout, () => void>();
  private pending = 0;
  private waiters: (() => void)[] = [];

  /** Emulator time in milliseconds: wall time plus whatever advance() added. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves emulator time forward without waiting (timers keep their real delays). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Runs fn after ms; counted as pending until it has run or been cancelled. */
  after(ms: number, fn: () => void): void {
    this.pending++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      try {
        fn();
      } finally {
        this.settle();
      }
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  /** Resolves after ms, or at once when cancelAll() runs (callers then check whether to go on). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleepers.delete(timer);
        resolve();
      }, ms);
      timer.unref();
      this.sleepers.set(timer, resolve);
    });
  }

  /** Counts a promise as pending work until it settles. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending++;
    return promise.finally(() => this.settle());
  }

  /** Resolves once no timer, delivery or other tracked work is pending. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops every timer and wakes every sleeper, e.g. on reset or close. */
  cancelAll(): void {
    for (const timer of this.timers) {
      clearTimeout(timer);
      this.settle();
    }
    this.timers.clear();
    for (const [timer, wake] of this.sleepers) {
      clearTimeout(timer);
      wake();
    }
    this.sleepers.clear();
  }

  private settle(): void {
    this.pending--;
    if (this.pending > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
