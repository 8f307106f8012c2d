/** Each defined template's review state at Meta, and whether Meta's copy drifted from ours. */
import type { GraphClient } from '../graph/graph-client.js';
import { chooseAccountTemplates } from './choose-account-templates.js';
import type { TemplateDefinition } from './definitions.js';
import { templateDifferences } from './template-differences.js';
import { toCreateTemplateRequest } from './to-create-template-request.js';

/** One defined template as Meta has it. */
export interface TemplateStatusRow {
  name: string;
  language: string;
  /** Meta's category when it has the template, else ours. */
  category: string;
  /** APPROVED, PENDING, REJECTED, PAUSED, DISABLED, … or `missing`. */
  status: string;
  /** How Meta's copy differs from the definition here; empty when the same or missing. */
  differences: string[];
  rejectedReason?: string;
  /** The template Meedi8 sends for this purpose (this one, or its own version), if any. */
  sentAs: string | null;
  /** Why Meedi8 cannot fill the account's approved template, and the fix; sends fall back. */
  problem: string | null;
  fix: string | null;
}

/** Looks up every defined template at Meta by name and language (one listing call). */
export async function templateStatuses(
  client: Pick<GraphClient, 'listTemplates'>,
  definitions: TemplateDefinition[],
  publicUrl: string,
): Promise<TemplateStatusRow[]> {
  const remote = await client.listTemplates();
  const choices = chooseAccountTemplates(remote, publicUrl);
  return definitions.map((definition) => {
    const { name, language, category } = definition;
    const choice = choices.find((c) => c.purpose === name);
    const usage = {
      sentAs: choice?.plan?.templateName ?? null,
      problem: choice?.problem ?? null,
      fix: choice?.fix ?? null,
    };
    const found = remote.find((t) => t.name === name && t.language === language);
    if (!found) return { name, language, category, status: 'missing', differences: [], ...usage };
    const row: TemplateStatusRow = {
      name,
      language,
      category: found.category ?? category,
      status: found.status,
      differences: templateDifferences(toCreateTemplateRequest(definition), found),
      ...usage,
    };
    if (found.rejected_reason && found.rejected_reason !== 'NONE') {
      row.rejectedReason = found.rejected_reason;
    }
    return row;
  });
}
