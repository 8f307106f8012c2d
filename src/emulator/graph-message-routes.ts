/** `POST /{version}/{phone_number_id}/messages`: sends and mark-as-read. */
import type { FastifyInstance } from 'fastify';
import { unknownObject } from './graph-errors.js';
import type { EmulatorState } from './state.js';

/** Registers the send endpoint on a Graph scope. */
export async function graphMessageRoutes(app: FastifyInstance, opts: { state: EmulatorState }) {
  const { state } = opts;
  app.post<{ Params: { version: string; phoneNumberId: string } }>(
    '/:version/:phoneNumberId/messages',
    async (request) => {
      if (request.params.phoneNumberId !== state.options.phoneNumberId) {
        throw unknownObject('post', request.params.phoneNumberId);
      }
      const body = request.body as Record<string, unknown> | undefined;
      // Mark-as-read shares the endpoint; Meta tells them apart by `status`.
      if (body && typeof body === 'object' && body.status === 'read')
        return state.markReadByBusiness(body);
      return state.sendAsBusiness(body);
    },
  );
}
