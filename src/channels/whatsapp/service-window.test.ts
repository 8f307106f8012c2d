import { describe, expect, it } from 'vitest';
import { windowOpen as emulatorWindowOpen } from '../../emulator/phone-book.js';
import {
  isServiceWindowOpen,
  SERVICE_WINDOW_MS,
  serviceWindowOpenedAfter,
} from './service-window.js';

const wrote = new Date('2026-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(wrote.getTime() + ms);

describe('the 24-hour customer-service window', () => {
  it('is open from the person’s message until just before 24 hours have passed', () => {
    expect(isServiceWindowOpen(wrote, wrote)).toBe(true);
    expect(isServiceWindowOpen(wrote, at(SERVICE_WINDOW_MS - 1))).toBe(true);
  });

  // Two copies disagreed here: the relay kept the window open at exactly 24 hours, the other six
  // closed it. A window "for 24 hours" has run out once they have passed, and Meta (as the
  // emulator answers) refuses free-form text at that instant, so it is closed.
  it('is closed at exactly 24 hours, and after', () => {
    expect(isServiceWindowOpen(wrote, at(SERVICE_WINDOW_MS))).toBe(false);
    expect(isServiceWindowOpen(wrote, at(SERVICE_WINDOW_MS + 1))).toBe(false);
  });

  it('agrees with the emulator at the boundary', () => {
    const phone = { lastInboundAt: wrote.getTime() } as Parameters<typeof emulatorWindowOpen>[0];
    for (const ms of [0, SERVICE_WINDOW_MS - 1, SERVICE_WINDOW_MS, SERVICE_WINDOW_MS + 1]) {
      expect(isServiceWindowOpen(wrote, at(ms))).toBe(
        emulatorWindowOpen(phone, wrote.getTime() + ms),
      );
    }
  });

  it('is closed for someone who never wrote', () => {
    expect(isServiceWindowOpen(null)).toBe(false);
    expect(isServiceWindowOpen(undefined)).toBe(false);
  });

  it('gives queries the same boundary (last message strictly after the cut-off)', () => {
    for (const ms of [0, SERVICE_WINDOW_MS - 1, SERVICE_WINDOW_MS, SERVICE_WINDOW_MS + 1]) {
      const now = at(ms);
      const openInQuery = wrote.getTime() > serviceWindowOpenedAfter(now).getTime();
      expect(openInQuery).toBe(isServiceWindowOpen(wrote, now));
    }
  });
});
