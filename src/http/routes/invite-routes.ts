/** Inviting the other person by WhatsApp (and, with the email channel, by email). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { toInviteView } from '../../domain/mediation/invites.js';
import { errors } from '../../errors.js';
import { awaitFirstAttempt } from '../../notifications/await-first-attempt.js';
import { inviteByEmail } from '../../notifications/invite-by-email.js';
import { inviteByWhatsApp } from '../../notifications/invite-by-whatsapp.js';
import type { Services } from '../../services.js';
import { actorOf } from '../plugins/authentication.js';
import {
  errorResponses,
  InviteEmailBody,
  InviteEmailSent,
  InviteWhatsAppBody,
  InviteWhatsAppSent,
  RoomParams,
} from '../schemas.js';

const FIRST_ATTEMPT_WAIT_MS = 8000;

export async function inviteRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = opts;

  app.post(
    '/api/rooms/:room_id/invite-whatsapp',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: InviteWhatsAppBody,
        response: { 200: InviteWhatsAppSent, 202: InviteWhatsAppSent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const queued = await inviteByWhatsApp(services, actorOf(request), request.params.room_id, {
        phoneNumber: request.body.phone_number,
        recipientName: request.body.recipient_name,
        recipientLocale: request.body.recipient_locale,
      });
      const attempt = await awaitFirstAttempt(services.db, queued.messageId, FIRST_ATTEMPT_WAIT_MS);
      const invite = toInviteView(queued.invite);
      if (attempt.state === 'accepted') {
        return {
          success: true,
          status: 'sent',
          message: `Invite sent on WhatsApp to ${queued.phoneNumber}.`,
          whatsapp_message_id: attempt.wamid,
          invite,
        };
      }
      if (attempt.state === 'queued') {
        return reply.status(202).send({
          success: true,
          status: 'queued',
          message:
            'WhatsApp did not take the invite yet; Meedi8 will keep trying and the invite shows when it is sent.',
          whatsapp_message_id: null,
          invite,
        });
      }
      throw errors.whatsappSendFailed(attempt.row.error_title ?? `error ${attempt.row.error_code}`);
    },
  );

  app.post(
    '/api/rooms/:room_id/invite-email',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: InviteEmailBody,
        response: { 200: InviteEmailSent, ...errorResponses },
      },
    },
    async (request) => {
      const invite = await inviteByEmail(services, actorOf(request), request.params.room_id, {
        email: request.body.email,
        recipientName: request.body.recipient_name,
        recipientLocale: request.body.recipient_locale,
      });
      return {
        success: true,
        message: `Invite emailed to ${invite.recipient_email}.`,
        invite: toInviteView(invite, 'queued'),
      };
    },
  );
}
