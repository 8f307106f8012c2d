/** `POST /{version}/{phone_number_id}/media`: the business uploads a file to send by id. */
import type { FastifyInstance } from 'fastify';
import { unknownObject } from './graph-errors.js';
import { readMediaUpload, UPLOAD_BODY_LIMIT } from './media-upload.js';
import type { EmulatorState } from './state.js';

/** Registers the upload endpoint (and its multipart parser) on a Graph scope. */
export async function graphMediaRoutes(app: FastifyInstance, opts: { state: EmulatorState }) {
  const { state } = opts;
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  app.post<{ Params: { version: string; phoneNumberId: string } }>(
    '/:version/:phoneNumberId/media',
    { bodyLimit: UPLOAD_BODY_LIMIT },
    async (request) => {
      if (request.params.phoneNumberId !== state.options.phoneNumberId) {
        throw unknownObject('post', request.params.phoneNumberId);
      }
      const upload = await readMediaUpload(request.body, request.headers['content-type']);
      return { id: state.uploadMedia(upload) };
    },
  );
}
