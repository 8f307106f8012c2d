/**
 * A forgotten password: ask for a reset link by email or by a proven WhatsApp number, then
 * choose a new password with it. Asking always gets the same 202, account or not, so the route
 * tells nobody who has an account; limits apply per caller address and per email or number
 * (the same for every address, so a 429 reveals nothing either).
 */
import { createHash } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resetPassword } from '../../domain/accounts/reset-password.js';
import { ACCOUNT_TOKEN_TTL_MS } from '../../domain/accounts/tokens.js';
import { toUserView } from '../../domain/accounts/user-view.js';
import { parseMobileNumber } from '../../domain/phone-number.js';
import { errors } from '../../errors.js';
import {
  type PasswordResetAddress,
  sendPasswordReset,
} from '../../notifications/send-password-reset.js';
import type { Services } from '../../services.js';
import { setSessionCookie } from '../plugins/authentication.js';
import {
  AuthResponse,
  errorResponses,
  PasswordResetBody,
  PasswordResetConfirmBody,
  PasswordResetRequested,
} from '../schemas.js';

/** Requests for one email or number in an hour, whoever sends them, before a 429. */
export const PASSWORD_RESET_REQUESTS_PER_ADDRESS_HOUR = 5;

const REQUESTED = {
  email:
    'If an account uses this email, Meedi8 has sent it a link to choose a new password. The link works once, for 30 minutes. Nothing there? Check your spam folder, or ask again in a few minutes.',
  phone:
    'If an account has proven this WhatsApp number, Meedi8 has sent a link to choose a new password: on WhatsApp if you wrote to Meedi8 there in the last 24 hours, otherwise to the account’s email. The link works once, for 30 minutes.',
} as const;

export async function passwordResetRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config } = opts.services;
  const secureCookie = config.publicUrl.startsWith('https:');
  const perCaller = { max: config.authRateLimitPerMinute, timeWindow: '1 minute' };
  // Keyed by a hash of the email or number, so the limiter's memory holds no addresses either.
  const perAddress = app.createRateLimit({
    max: PASSWORD_RESET_REQUESTS_PER_ADDRESS_HOUR,
    timeWindow: '1 hour',
    keyGenerator: (request: FastifyRequest) =>
      addressKey(request.body as AddressBody | undefined, config.defaultCountry),
  });

  app.post(
    '/api/auth/password-reset',
    {
      config: { rateLimit: perCaller },
      schema: {
        body: PasswordResetBody,
        response: { 202: PasswordResetRequested, ...errorResponses },
      },
      preHandler: async (request) => {
        const limit = await perAddress(request);
        if (!limit.isAllowed && limit.isExceeded) throw errors.rateLimited(limit.ttlInSeconds);
      },
    },
    async (request, reply) => {
      const address = readAddress(request.body, config.defaultCountry);
      const outcome = await sendPasswordReset(db, config.publicUrl, address);
      // Ids and the outcome only: never the address, and the link's secret never leaves here.
      request.log.info(
        outcome.sent
          ? { userId: outcome.userId, channel: outcome.channel, fellBack: outcome.fellBackToEmail }
          : { userId: outcome.userId, outcome: outcome.reason },
        'password reset asked for',
      );
      return reply.status(202).send({
        success: true as const,
        message: 'email' in address ? REQUESTED.email : REQUESTED.phone,
      });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { rateLimit: perCaller },
      schema: {
        body: PasswordResetConfirmBody,
        response: { 200: AuthResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user, token } = await resetPassword(db, request.body.token, request.body.password);
      // Every earlier session of the account was revoked; its open event streams end too.
      app.liveStreams.endForUser(user.id);
      setSessionCookie(reply, token, secureCookie, ACCOUNT_TOKEN_TTL_MS);
      request.log.info({ userId: user.id }, 'password reset; earlier sessions ended');
      return { token, user: toUserView(user) };
    },
  );
}

type AddressBody = Static<typeof PasswordResetBody>;

/** The email or the number (E.164) the request names; a number nobody could have is a 422. */
function readAddress(body: AddressBody, defaultCountry: string): PasswordResetAddress {
  if (body.email !== undefined) return { email: body.email };
  const phone = parseMobileNumber(body.phone ?? '', defaultCountry);
  if (!phone) {
    throw errors.invalidInput(
      'That is not a mobile number. Write it with the country code, e.g. +44 7700 900123, or use your email instead.',
    );
  }
  return { phone };
}

/** The limiter's key for an email or number, written any way, as one hash. */
function addressKey(body: AddressBody | undefined, defaultCountry: string): string {
  const phone = body?.phone ?? '';
  const normal =
    body?.email !== undefined
      ? `email:${body.email.trim().toLowerCase()}`
      : `phone:${parseMobileNumber(phone, defaultCountry) ?? phone.replace(/\D/g, '')}`;
  return `password-reset:${createHash('sha256').update(normal).digest('base64url')}`;
}
