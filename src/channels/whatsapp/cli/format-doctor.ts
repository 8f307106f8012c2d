/** The doctor's checklist as text for a terminal. */
import type { DoctorCheck } from '../doctor/run-doctor.js';

/** One ✓/✗ line per check, the fix indented under each failure, and a count at the end. */
export function formatDoctorReport(checks: DoctorCheck[]): string {
  const lines: string[] = [];
  for (const check of checks) {
    lines.push(`${check.ok ? '✓' : check.advisory ? '!' : '✗'} ${check.name}: ${check.detail}`);
    if (!check.ok && check.fix) lines.push(`    fix: ${check.fix}`);
  }
  const passed = checks.filter((c) => c.ok).length;
  const advice = checks.filter((c) => !c.ok && c.advisory).length;
  lines.push(
    '',
    `${passed} of ${checks.length} checks passed${advice ? ` (${advice} to improve, not blocking)` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** The process exit code for a checklist: 1 when any check failed (advice does not count). */
export function doctorExitCode(checks: DoctorCheck[]): number {
  return checks.every((c) => c.ok || c.advisory) ? 0 : 1;
}
