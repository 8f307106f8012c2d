/**
 * Turns at the number's throughput within one process. Many sends may wait for a slot at once;
 * asking PostgreSQL for each of them whenever a slot frees would cost a query per waiter per slot.
 * Instead a few ask at a time (`parallel`), in the order they came, and when one learns that every
 * slot is spoken for, all of this process's waiters sleep until the next one frees.
 */
export class SendTurns {
  private active = 0;
  private blockedUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly parallel: number) {}

  /**
   * Runs `attempt` in turn until it succeeds; an attempt returns the result, or `{ waitMs }` when
   * no slot was free (then every waiter here sleeps that long).
   */
  async take<T extends object>(attempt: () => Promise<T | { waitMs: number }>): Promise<T> {
    for (;;) {
      await this.turn();
      let outcome: T | { waitMs: number };
      try {
        outcome = await attempt();
      } finally {
        this.active--;
      }
      if ('waitMs' in outcome) {
        this.blockedUntil = Math.max(this.blockedUntil, Date.now() + outcome.waitMs);
        this.wake();
        continue;
      }
      this.wake();
      return outcome;
    }
  }

  private turn(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.wake();
    });
  }

  private wake(): void {
    const wait = this.blockedUntil - Date.now();
    if (wait > 0) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.wake();
      }, wait);
      return;
    }
    while (this.active < this.parallel && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()!();
    }
  }
}
