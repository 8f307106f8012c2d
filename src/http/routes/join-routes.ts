/** Joining from an invite link: no account, no email check. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { GUEST_TOKEN_TTL_MS } from '../../domain/accounts/tokens.js';
import { toUserView } from '../../domain/accounts/user-view.js';
import { joinRoom } from '../../domain/mediation/join-room.js';
import { previewInvite } from '../../domain/mediation/preview-invite.js';
import type { Services } from '../../services.js';
import { setSessionCookie } from '../plugins/authentication.js';
import {
  errorResponses,
  InvitePreview,
  InviteTokenParams,
  JoinBody,
  JoinResponse,
} from '../schemas.js';

export async function joinRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = opts;
  const secureCookie = services.config.publicUrl.startsWith('https:');

  app.get(
    '/api/join/:invite_token',
    { schema: { params: InviteTokenParams, response: { 200: InvitePreview, ...errorResponses } } },
    async (request) => previewInvite(services.db, request.params.invite_token),
  );

  app.post(
    '/api/join/:invite_token',
    {
      preHandler: app.identify,
      schema: {
        params: InviteTokenParams,
        body: JoinBody,
        response: { 200: JoinResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      // Someone already signed in with an account joins as themselves; anyone else as a guest.
      const account = request.actor && !request.actor.isGuest ? request.actor.userId : null;
      const result = await joinRoom(services.db, request.params.invite_token, {
        name: request.body.name,
        accountUserId: account,
        whatsappOptIn: request.body.whatsapp_opt_in,
        locale: request.body.locale,
        browserLocale: request.body.browser_locale,
        coalesceMs: services.config.noticeCoalesceMs,
      });
      services.metrics.participantsJoined.inc();
      request.log.info({ roomId: result.roomId, userId: result.user.id }, 'participant joined');
      setSessionCookie(reply, result.token, secureCookie, GUEST_TOKEN_TTL_MS);
      return { token: result.token, room_id: result.roomId, user: toUserView(result.user) };
    },
  );
}
