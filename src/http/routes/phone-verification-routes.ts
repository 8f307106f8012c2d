/** Proving a phone number: ask for a code on WhatsApp, then type it in. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { confirmPhoneCode } from '../../domain/accounts/confirm-phone-code.js';
import { toUserView } from '../../domain/accounts/user-view.js';
import { sendPhoneCode } from '../../notifications/send-phone-code.js';
import type { Services } from '../../services.js';
import { actorOf } from '../plugins/authentication.js';
import { ConfirmPhoneCodeBody, errorResponses, PhoneCodeSent, User } from '../schemas.js';

export async function phoneVerificationRoutes(
  fastify: FastifyInstance,
  opts: { services: Services },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config } = opts.services;
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/users/me/phone-verification',
    {
      preHandler: app.authenticate,
      config: { rateLimit },
      schema: { response: { 200: PhoneCodeSent, ...errorResponses } },
    },
    async (request) => {
      const sent = await sendPhoneCode(db, actorOf(request).userId);
      request.log.info({ userId: actorOf(request).userId }, 'phone verification code queued');
      return {
        success: true as const,
        message: `A code is on its way to ${sent.phoneNumber} on WhatsApp. It works for 10 minutes.`,
        phone_number: sent.phoneNumber,
        expires_at: sent.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/users/me/phone-verification/confirm',
    {
      preHandler: app.authenticate,
      config: { rateLimit },
      schema: { body: ConfirmPhoneCodeBody, response: { 200: User, ...errorResponses } },
    },
    async (request) => {
      const user = await confirmPhoneCode(db, actorOf(request).userId, request.body.code);
      request.log.info({ userId: user.id }, 'phone number verified');
      return toUserView(user);
    },
  );
}
