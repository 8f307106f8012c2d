/** `templates push`: submits every defined template Meta does not have yet, in that language. */
import { GraphApiError } from '../graph/graph-api-error.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { ClientCreateTemplateRequest, ServerTemplate } from '../graph/graph-types.js';
import { templateVersion } from '../templates/choose-account-templates.js';
import type { TemplateDefinition } from '../templates/definitions.js';
import { templateDifferences } from '../templates/template-differences.js';
import { toCreateTemplateRequest } from '../templates/to-create-template-request.js';

/** What happened to one template. */
export interface PushResult {
  name: string;
  language: string;
  outcome: 'created' | 'present' | 'failed';
  /** Meta's status: of the new submission, or of the template already there. */
  status?: string;
  /** Meta's explanation when it refused the submission. */
  error?: string;
  /** When `name` is a new version: the name that was taken by a template of another shape. */
  taken?: string;
}

/**
 * Creates the missing templates (by name and language); never touches existing ones. When a
 * name is taken by a template of another shape (one the operator made by hand), Meedi8's own
 * version goes in under the next free versioned name (`mediation_invite_v2`), and Meedi8
 * switches to it once Meta approves it.
 */
export async function pushTemplates(
  client: Pick<GraphClient, 'listTemplates' | 'createTemplate'>,
  definitions: TemplateDefinition[],
): Promise<PushResult[]> {
  const existing = await client.listTemplates();
  const results: PushResult[] = [];
  for (const definition of definitions) {
    const { name, language } = definition;
    const request = toCreateTemplateRequest(definition);
    const found = existing.find((t) => t.name === name && t.language === language);
    if (found && isSame(request, found)) {
      results.push({ name, language, outcome: 'present', status: found.status });
      continue;
    }
    let target: string = name;
    if (found) {
      const versions = existing.filter(
        (t) => t.language === language && (templateVersion(name, t.name) ?? 1) > 1,
      );
      const own = versions.find((t) => isSame(request, t));
      if (own) {
        results.push({
          name: own.name,
          language,
          outcome: 'present',
          status: own.status,
          taken: name,
        });
        continue;
      }
      const highest = Math.max(1, ...versions.map((t) => templateVersion(name, t.name)!));
      target = `${name}_v${highest + 1}`;
    }
    const taken = found ? { taken: name } : {};
    try {
      const created = await client.createTemplate({ ...request, name: target });
      results.push({
        name: target,
        language,
        outcome: 'created',
        status: created.status,
        ...taken,
      });
    } catch (err) {
      // One refusal (a name still being deleted, a policy objection) must not stop the others.
      results.push({
        name: target,
        language,
        outcome: 'failed',
        error: describeGraphError(err),
        ...taken,
      });
    }
  }
  return results;
}

/** Whether the template at Meta is this definition (under any name). */
function isSame(request: ClientCreateTemplateRequest, remote: ServerTemplate): boolean {
  return templateDifferences({ ...request, name: remote.name }, remote).length === 0;
}

/** Meta's error in one line: code, title, message and details. */
export function describeGraphError(err: unknown): string {
  if (!(err instanceof GraphApiError)) throw err;
  const details = err.details && !err.message.includes(err.details) ? ` (${err.details})` : '';
  return `${err.title}: ${err.message}${details}`;
}

/** The push report, one line per template. */
export function formatPushResults(results: PushResult[]): string {
  const lines = results.map((r) => {
    const label = `${r.name} (${r.language})`;
    const instead = r.taken ? ` (${r.taken} is taken by a template of another shape)` : '';
    if (r.outcome === 'created')
      return `✓ ${label}: created${instead}, status ${r.status ?? 'PENDING'}`;
    if (r.outcome === 'present') return `✓ ${label}: already present, status ${r.status}`;
    return `✗ ${label}: failed${instead}, ${r.error}`;
  });
  const created = results.filter((r) => r.outcome === 'created').length;
  const present = results.filter((r) => r.outcome === 'present').length;
  const failed = results.filter((r) => r.outcome === 'failed').length;
  lines.push('', `${created} created, ${present} already present, ${failed} failed.`);
  if (created > 0)
    lines.push(
      'Meta reviews new templates, usually within minutes to a day: check with `templates status`.',
    );
  if (results.some((r) => r.taken && r.outcome === 'created'))
    lines.push(
      'Meedi8 keeps sending the templates already approved until its own versions are approved, then switches to them.',
    );
  return `${lines.join('\n')}\n`;
}
