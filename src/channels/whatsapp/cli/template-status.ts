/** `templates status`: each defined template's review state at Meta, and whether it drifted. */
import type { GraphClient } from '../graph/graph-client.js';
import type { TemplateDefinition } from '../templates/definitions.js';
import { templateDifferences } from '../templates/template-differences.js';
import { toCreateTemplateRequest } from '../templates/to-create-template-request.js';

/** One defined template as Meta has it. */
export interface TemplateStatusRow {
  name: string;
  language: string;
  /** APPROVED, PENDING, REJECTED, PAUSED, DISABLED, … or `missing`. */
  status: string;
  /** How Meta's copy differs from the definition here; empty when the same or missing. */
  differences: string[];
  rejectedReason?: string;
}

/** Looks up every defined template at Meta by name and language. */
export async function templateStatuses(
  client: Pick<GraphClient, 'listTemplates'>,
  definitions: TemplateDefinition[],
): Promise<TemplateStatusRow[]> {
  const remote = await client.listTemplates();
  return definitions.map((definition) => {
    const { name, language } = definition;
    const found = remote.find((t) => t.name === name && t.language === language);
    if (!found) return { name, language, status: 'missing', differences: [] };
    const row: TemplateStatusRow = {
      name,
      language,
      status: found.status,
      differences: templateDifferences(toCreateTemplateRequest(definition), found),
    };
    if (found.rejected_reason && found.rejected_reason !== 'NONE') {
      row.rejectedReason = found.rejected_reason;
    }
    return row;
  });
}

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
