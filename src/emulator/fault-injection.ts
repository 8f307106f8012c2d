/** Faults tests and the sandbox can inject into the next matching sends. */

/** Turns the next matching send(s) into an HTTP error, a later `failed` status, or a slow answer. */
export interface Fault {
  /** Which sends: `to` (any writing of the number) and/or message `type`; omitted: any send. */
  match?: { to?: string; type?: string };
  /** How many sends it affects (default 1). */
  times?: number;
  /** Answer with this HTTP status and Meta error instead of accepting. */
  http?: {
    status: number;
    code: number;
    title?: string;
    message?: string;
    details?: string;
  } | null;
  /** Accept, then send a `failed` status with this error. */
  asStatus?: { code: number; title: string; details?: string } | null;
  /** Hold the answer this long first. */
  delayMs?: number;
}

/** Faults waiting for a matching send, first injected first used. */
export class FaultQueue {
  private faults: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!(Number.isInteger(times) && times > 0))
      throw new Error('fault.times must be a positive integer');
    this.faults.push({ fault, left: times });
  }

  /** Takes (uses up one time of) the first fault matching this send. */
  take(waId: string, type: string): Fault | undefined {
    const index = this.faults.findIndex(({ fault }) => matches(fault, waId, type));
    const found = this.faults[index];
    if (!found) return undefined;
    found.left--;
    if (found.left === 0) this.faults.splice(index, 1);
    return found.fault;
  }

  /** How many faults are still waiting. */
  get size(): number {
    return this.faults.length;
  }

  clear(): void {
    this.faults = [];
  }
}

function matches(fault: Fault, waId: string, type: string): boolean {
  const to = fault.match?.to;
  if (to !== undefined && to.replace(/\D/g, '') !== waId) return false;
  const wanted = fault.match?.type;
  return wanted === undefined || wanted === type;
}
