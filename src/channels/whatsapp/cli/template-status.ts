/** `templates status` as text: one ✓/✗ line per defined template. */
import type { TemplateStatusRow } from '../templates/template-statuses.js';

/** The status report, one line per template. */
export function formatTemplateStatuses(rows: TemplateStatusRow[]): string {
  const lines = rows.map((row) => {
    const ok = row.status === 'APPROVED' && row.differences.length === 0;
    const reason = row.rejectedReason ? ` (${row.rejectedReason})` : '';
    const drift =
      row.differences.length > 0
        ? `; differs from the local definition: ${row.differences.join(', ')}`
        : '';
    return `${ok ? '✓' : '✗'} ${row.name} (${row.language}): ${row.status}${reason}${drift}`;
  });
  if (rows.some((r) => r.status === 'missing'))
    lines.push('', 'Missing templates: run `npm run whatsapp -- templates push`.');
  return `${lines.join('\n')}\n`;
}
