/** `/{version}/{waba_id}/message_templates`: list, submit and delete templates (Business Management API). */
import type { FastifyInstance } from 'fastify';
import { GraphError, missingParameter, unknownObject } from './graph-errors.js';
import type { EmulatorState } from './state.js';
import type { Template } from './template-store.js';

type Params = { version: string; wabaId: string };
type Query = Record<string, string | undefined>;

/** Registers the template endpoints on a Graph scope. */
export async function graphTemplateRoutes(app: FastifyInstance, opts: { state: EmulatorState }) {
  const { state } = opts;
  const checkWaba = (method: string, id: string) => {
    if (id !== state.options.businessAccountId) throw unknownObject(method, id);
  };

  app.get<{ Params: Params; Querystring: Query }>(
    '/:version/:wabaId/message_templates',
    async (request) => {
      checkWaba('get', request.params.wabaId);
      const { name, status, language, category } = request.query;
      const fields = request.query.fields
        ?.split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const data = state.templates
        .filter((t) => name === undefined || t.name.includes(name))
        .filter((t) => status === undefined || t.status === status.toUpperCase())
        .filter((t) => language === undefined || t.language === language)
        .filter((t) => category === undefined || t.category === category.toUpperCase())
        .map((t) => templateJson(t, fields));
      // Everything fits on one page, so Meta's paging carries cursors but no `next`.
      return {
        data,
        paging:
          data.length > 0 ? { cursors: { before: 'MAZDZD', after: `M${data.length}ZDZD` } } : {},
      };
    },
  );

  app.post<{ Params: Params }>('/:version/:wabaId/message_templates', async (request) => {
    checkWaba('post', request.params.wabaId);
    return state.submitTemplate(request.body);
  });

  app.delete<{ Params: Params; Querystring: Query }>(
    '/:version/:wabaId/message_templates',
    async (request) => {
      checkWaba('delete', request.params.wabaId);
      const { name } = request.query;
      if (!name) throw missingParameter('name');
      if (state.deleteTemplate(name) === 0) {
        throw new GraphError(400, 100, {
          message: 'Invalid parameter',
          subcode: 2593002,
          userTitle: 'Message template not found',
          userMessage: `There is no message template named ${name}.`,
        });
      }
      return { success: true };
    },
  );
}

/** A template as Meta lists it: name, components, language, status, category, id (or the asked-for fields). */
function templateJson(template: Template, fields: string[] | undefined): Record<string, unknown> {
  const all: Record<string, unknown> = {
    name: template.name,
    parameter_format: 'POSITIONAL',
    components: template.components,
    language: template.language,
    status: template.status,
    category: template.category,
    id: template.id,
  };
  if (template.reason !== undefined && template.status === 'REJECTED')
    all.rejected_reason = template.reason;
  if (!fields || fields.length === 0) return all;
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (field in all) picked[field] = all[field];
  picked.id = template.id;
  return picked;
}
