/**
 * The Graph API scope: Meta's serialisation, Meta-shaped errors for everything (including
 * malformed JSON and unknown paths), and token checks before any endpoint runs.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { checkGraphRequest } from './graph-auth.js';
import { GraphError } from './graph-errors.js';
import { graphMediaRoutes } from './graph-media-routes.js';
import { graphMessageRoutes } from './graph-message-routes.js';
import { graphObjectRoutes } from './graph-object-routes.js';
import { graphTemplateRoutes } from './graph-template-routes.js';
import { metaJson } from './meta-json.js';
import type { EmulatorState } from './state.js';

/** Registers every Graph endpoint; mount it with a prefix such as `/graph`. */
export async function graphRoutes(app: FastifyInstance, opts: { state: EmulatorState }) {
  const { state } = opts;
  // Graph answers are written the way Meta writes them (`\/`, `\uXXXX`), like its webhooks.
  app.setReplySerializer((payload) => metaJson(payload));

  app.addHook('onRequest', async (request) => {
    checkGraphRequest(request, state.options);
  });

  app.setErrorHandler((error: FastifyError | GraphError, request, reply) => {
    const graphError =
      error instanceof GraphError ? error : fromFastifyError(error as FastifyError);
    if (graphError.httpStatus >= 500 && !(error instanceof GraphError)) {
      request.log.error({ err: error }, 'emulator: unexpected error');
    }
    if (graphError.httpStatus === 401) {
      reply.header(
        'www-authenticate',
        'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token"',
      );
    }
    return reply.status(graphError.httpStatus).send(graphError.body());
  });

  app.setNotFoundHandler(async (request, reply) => {
    checkGraphRequest(request, state.options);
    const path = request.url.split('?')[0] ?? '';
    const error = new GraphError(400, 2500, { message: `Unknown path components: ${path}` });
    return reply.status(400).send(error.body());
  });

  await app.register(graphObjectRoutes, { state });
  await app.register(graphMessageRoutes, { state });
  await app.register(graphMediaRoutes, { state });
  await app.register(graphTemplateRoutes, { state });
}

/** Fastify's own errors (bad JSON, wrong content type, body too large) in Meta's shape. */
function fromFastifyError(error: FastifyError): GraphError {
  const status = error.statusCode ?? 500;
  if (status >= 500) return new GraphError(500, 1, { message: 'An unknown error occurred' });
  return new GraphError(status === 413 ? 413 : 400, 100, {
    message: `(#100) ${error.message}`,
    details: error.message,
  });
}
