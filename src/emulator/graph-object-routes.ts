/**
 * Graph objects by id: the business phone number, the WhatsApp Business Account (with its
 * subscribed apps and phone numbers), media, and the token debugger.
 */
import type { FastifyInstance } from 'fastify';
import { missingParameter, unknownObject } from './graph-errors.js';
import type { EmulatorState } from './state.js';

type Params = { version: string; objectId: string };
type Query = Record<string, string | undefined>;

/** The app the emulator's token belongs to, as the token debugger names it. */
const APP = { id: '300000000000001', name: 'Meedi8' };

/** Registers phone number, WABA, media and debug_token endpoints on a Graph scope. */
export async function graphObjectRoutes(app: FastifyInstance, opts: { state: EmulatorState }) {
  const { state } = opts;
  const o = state.options;
  // Download URLs point back into this Graph scope, wherever the plugin is mounted.
  const downloadPath = `${app.prefix}/media-download`;

  app.get<{ Params: Params; Querystring: Query }>('/:version/:objectId', async (request) => {
    const id = request.params.objectId;
    if (id === o.phoneNumberId) return pick(phoneNumberJson(state), request.query.fields);
    if (id === o.businessAccountId) {
      return pick(
        {
          id: o.businessAccountId,
          name: 'Meedi8 Sandbox',
          currency: 'USD',
          timezone_id: '1',
          message_template_namespace: 'meedi8_sandbox',
        },
        request.query.fields,
      );
    }
    const base = `${request.protocol}://${request.host}${downloadPath}`;
    const media = state.mediaInfo(id, base);
    if (media) return media;
    throw unknownObject('get', id);
  });

  app.delete<{ Params: Params }>('/:version/:objectId', async (request) => {
    if (state.deleteMedia(request.params.objectId)) return { success: true };
    throw unknownObject('delete', request.params.objectId);
  });

  app.get('/media-download/:mediaId', async (request, reply) => {
    const { mediaId } = request.params as { mediaId: string };
    const token = (request.query as Query).token ?? '';
    const media = state.downloadMedia(mediaId, token);
    if (!media) {
      // Expired or forged URLs get a bare 404 from Meta's media host, not a Graph error.
      return reply.status(404).type('text/plain').send('URL signature expired');
    }
    return reply
      .type(media.mimeType)
      .header('content-length', media.bytes.length)
      .send(media.bytes);
  });

  app.get<{ Params: Params }>('/:version/:objectId/subscribed_apps', async (request) => {
    wabaOnly(state, 'get', request.params.objectId);
    return {
      data: state.subscribed
        ? [{ whatsapp_business_api_data: { name: APP.name, id: APP.id } }]
        : [],
    };
  });

  app.post<{ Params: Params }>('/:version/:objectId/subscribed_apps', async (request) => {
    wabaOnly(state, 'post', request.params.objectId);
    state.setSubscribed(true);
    return { success: true };
  });

  app.delete<{ Params: Params }>('/:version/:objectId/subscribed_apps', async (request) => {
    wabaOnly(state, 'delete', request.params.objectId);
    state.setSubscribed(false);
    return { success: true };
  });

  app.get<{ Params: Params; Querystring: Query }>(
    '/:version/:objectId/phone_numbers',
    async (request) => {
      wabaOnly(state, 'get', request.params.objectId);
      return {
        data: [pick(phoneNumberJson(state), request.query.fields)],
        paging: { cursors: { before: 'QVFIU', after: 'QVFIU' } },
      };
    },
  );

  app.get<{ Querystring: Query }>('/:version/debug_token', async (request) => {
    const input = request.query.input_token;
    if (input === undefined) throw missingParameter('input_token');
    const valid = input === o.accessToken;
    const data: Record<string, unknown> = {
      app_id: APP.id,
      type: 'SYSTEM_USER',
      application: APP.name,
      data_access_expires_at: 0,
      expires_at: 0,
      is_valid: valid,
      scopes: ['whatsapp_business_messaging', 'whatsapp_business_management'],
      granular_scopes: [
        { scope: 'whatsapp_business_messaging', target_ids: [o.businessAccountId] },
        { scope: 'whatsapp_business_management', target_ids: [o.businessAccountId] },
      ],
      user_id: '400000000000001',
    };
    // The caller's own token was checked already; this reports on input_token only.
    if (!valid) {
      data.error = { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' };
    }
    return { data };
  });
}

function wabaOnly(state: EmulatorState, method: string, id: string): void {
  if (id !== state.options.businessAccountId) throw unknownObject(method, id);
}

function phoneNumberJson(state: EmulatorState): Record<string, unknown> {
  const o = state.options;
  return {
    verified_name: 'Meedi8 Sandbox',
    code_verification_status: 'VERIFIED',
    display_phone_number: formatDisplay(o.displayPhoneNumber),
    quality_rating: 'GREEN',
    platform_type: 'CLOUD_API',
    throughput: { level: 'STANDARD' },
    messaging_limit_tier: 'TIER_250',
    name_status: 'APPROVED',
    status: 'CONNECTED',
    id: o.phoneNumberId,
  };
}

/** Graph returns the display number formatted (`+1 555-000-1234`); webhooks carry digits. */
function formatDisplay(digits: string): string {
  if (digits.length === 11 && digits.startsWith('1')) {
    return `+1 ${digits.slice(1, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  }
  return `+${digits}`;
}

/** Only the requested fields (plus id), as Graph's `fields` parameter works; all when none asked. */
function pick(
  object: Record<string, unknown>,
  fields: string | undefined,
): Record<string, unknown> {
  const wanted = fields
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!wanted || wanted.length === 0) return object;
  const picked: Record<string, unknown> = {};
  for (const field of wanted) if (field in object) picked[field] = object[field];
  picked.id = object.id;
  return picked;
}
