/** `templates push`: submits every defined template Meta does not have yet, in that language. */
import { GraphApiError } from '../graph/graph-api-error.js';
import type { GraphClient } from '../graph/graph-client.js';
import type { TemplateDefinition } from '../templates/definitions.js';
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
}

/** Creates the missing templates (by name and language); never touches existing ones. */
export async function pushTemplates(
  client: Pick<GraphClient, 'listTemplates' | 'createTemplate'>,
  definitions: TemplateDefinition[],
): Promise<PushResult[]> {
  const existing = await client.listTemplates();
  const results: PushResult[] = [];
  for (const definition of definitions) {
    const { name, language } = definition;
    const found = existing.find((t) => t.name === name && t.language === language);
    if (found) {
      results.push({ name, language, outcome: 'present', status: found.status });
      continue;
    }
    try {
      const created = await client.createTemplate(toCreateTemplateRequest(definition));
      results.push({ name, language, outcome: 'created', status: created.status });
    } catch (err) {
      // One refusal (a name still being deleted, a policy objection) must not stop the others.
      results.push({ name, language, outcome: 'failed', error: describeGraphError(err) });
    }
  }
  return results;
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
    if (r.outcome === 'created') return `✓ ${label}: created, status ${r.status ?? 'PENDING'}`;
    if (r.outcome === 'present') return `✓ ${label}: already present, status ${r.status}`;
    return `✗ ${label}: failed, ${r.error}`;
  });
  const created = results.filter((r) => r.outcome === 'created').length;
  const present = results.filter((r) => r.outcome === 'present').length;
  const failed = results.filter((r) => r.outcome === 'failed').length;
  lines.push('', `${created} created, ${present} already present, ${failed} failed.`);
  if (created > 0)
    lines.push(
      'Meta reviews new templates, usually within minutes to a day: check with `templates status`.',
    );
  return `${lines.join('\n')}\n`;
}
