/** Each defined template's review state at Meta, and whether Meta's copy drifted from ours. */
import type { GraphClient } from '../graph/graph-client.js';
import { chooseAccountTemplates, UNFILLABLE } from './choose-account-templates.js';
import type { TemplateDefinition } from './definitions.js';
import { templateDifferences } from './template-differences.js';
import { TEMPLATE_LANGUAGE } from './template-languages.js';
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
  /** The language people who read this one get instead, until it can be sent; null when it can. */
  fallsBackTo: string | null;
}

const PUSH_FIX =
  'Edit the template in WhatsApp Manager so Meedi8 can fill it, or run `npm run whatsapp -- templates push` to add Meedi8’s own version under a new name.';

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
    const here = choice?.languages[language];
    const found = remote.find((t) => t.name === name && t.language === language);
    // A verification code has no account choice: Meta's own listing says if it can go.
    const sendable = choice ? Boolean(here?.plan) : found?.status === 'APPROVED';
    const fallsBackTo = sendable ? null : (choice?.language ?? TEMPLATE_LANGUAGE);
    const unfillable = here?.reason?.startsWith(UNFILLABLE)
      ? here.reason.slice(UNFILLABLE.length)
      : null;
    // The fallback language reports the purpose's main choice, as it always has; another
    // language reports its own.
    const usage =
      language === TEMPLATE_LANGUAGE
        ? {
            sentAs: choice?.plan?.templateName ?? null,
            problem: choice?.problem ?? null,
            fix: choice?.fix ?? null,
            fallsBackTo: null,
          }
        : {
            sentAs: here?.plan?.templateName ?? null,
            problem: unfillable,
            fix: unfillable ? PUSH_FIX : null,
            fallsBackTo: fallsBackTo === language ? null : fallsBackTo,
          };
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
