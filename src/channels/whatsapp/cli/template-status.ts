/** `templates status` as text: one ✓/✗ line per defined template. */
import type { TemplateStatusRow } from '../templates/template-statuses.js';

/** Whether Meedi8 sends this purpose as it should: its own template, or one it can fill. */
export function usable(row: TemplateStatusRow): boolean {
  if (row.sentAs) return true;
  return row.problem === null && row.status === 'APPROVED' && row.differences.length === 0;
}

/** The status report, one line per template. */
export function formatTemplateStatuses(rows: TemplateStatusRow[]): string {
  const lines = rows.map((row) => {
    // A template the account made by hand is fine when Meedi8 can fill it.
    const ok = usable(row);
    const reason = row.rejectedReason ? ` (${row.rejectedReason})` : '';
    const drift =
      row.differences.length > 0
        ? `; differs from the local definition: ${row.differences.join(', ')}`
        : '';
    const sentAs = row.sentAs && row.sentAs !== row.name ? `; sent as ${row.sentAs}` : '';
    const problem = row.problem ? `\n  cannot be filled: ${row.problem}\n  fix: ${row.fix}` : '';
    const fallback =
      !ok && row.fallsBackTo ? `; people who read ${row.language} get ${row.fallsBackTo}` : '';
    return `${ok ? '✓' : '✗'} ${row.name} (${row.language}): ${row.status}${reason}${drift}${sentAs}${fallback}${problem}`;
  });
  if (rows.some((r) => r.status === 'missing'))
    lines.push('', 'Missing templates: run `npm run whatsapp -- templates push`.');
  return `${lines.join('\n')}\n`;
}
