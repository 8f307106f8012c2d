/** How close two Escape presses must be to count as the quick-exit shortcut. */
export const DOUBLE_ESCAPE_MS = 1000;

/** Whether an Escape at `now` follows one at `previous` closely enough to leave. */
export function isDoubleEscape(previous: number, now: number): boolean {
  return previous > 0 && now - previous <= DOUBLE_ESCAPE_MS;
}
