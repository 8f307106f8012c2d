/** Register, login, logout and the caller's own profile. */

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { DELETE_CONFIRMATION, deleteAccount } from '../../domain/accounts/delete-account.js';
import { exportAccount } from '../../domain/accounts/export-account.js';
import { loginUser } from '../../domain/accounts/login-user.js';
import { registerUser } from '../../domain/accounts/register-user.js';
import { ACCOUNT_TOKEN_TTL_MS, revokeToken } from '../../domain/accounts/tokens.js';
import { updateProfile } from '../../domain/accounts/update-profile.js';
import { toUserView } from '../../domain/accounts/user-view.js';
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import { actorOf, SESSION_COOKIE, setSessionCookie } from '../plugins/authentication.js';
import {
  AuthResponse,
  DeleteMeBody,
  errorResponses,
  LoginBody,
  RegisterBody,
  Success,
  UpdateMeBody,
  User,
} from '../schemas.js';

export async function accountRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config } = opts.services;
  const secureCookie = config.publicUrl.startsWith('https:');
  const authRateLimit = { max: config.authRateLimitPerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/auth/register',
    {
      config: { rateLimit: authRateLimit },
      schema: { body: RegisterBody, response: { 201: AuthResponse, ...errorResponses } },
    },
    async (request, reply) => {
      const { user, token } = await registerUser(db, request.body);
      setSessionCookie(reply, token, secureCookie, ACCOUNT_TOKEN_TTL_MS);
      request.log.info({ userId: user.id }, 'account registered');
      return reply.status(201).send({ token, user: toUserView(user) });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: authRateLimit },
      schema: { body: LoginBody, response: { 200: AuthResponse, ...errorResponses } },
    },
    async (request, reply) => {
      const { user, token } = await loginUser(db, request.body.email, request.body.password);
      setSessionCookie(reply, token, secureCookie, ACCOUNT_TOKEN_TTL_MS);
      return { token, user: toUserView(user) };
    },
  );

  app.post(
    '/api/auth/logout',
    { preHandler: app.authenticate, schema: { response: { 200: Success, ...errorResponses } } },
    async (request, reply) => {
      const { tokenId } = actorOf(request);
      await revokeToken(db, tokenId);
      app.liveStreams.endForToken(tokenId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { success: true };
    },
  );

  app.get(
    '/api/users/me',
    { preHandler: app.authenticate, schema: { response: { 200: User, ...errorResponses } } },
    async (request) => {
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', actorOf(request).userId)
        .executeTakeFirstOrThrow();
      return toUserView(user);
    },
  );

  app.patch(
    '/api/users/me',
    {
      preHandler: app.authenticate,
      schema: { body: UpdateMeBody, response: { 200: User, ...errorResponses } },
    },
    async (request) => {
      const user = await updateProfile(
        db,
        actorOf(request).userId,
        request.body,
        config.defaultCountry,
      );
      return toUserView(user);
    },
  );

  app.get(
    '/api/users/me/export',
    // No 200 schema: the body is the export file, written out as pretty JSON.
    { preHandler: app.authenticate },
    async (request, reply) => {
      const now = new Date();
      const data = await exportAccount(db, actorOf(request).userId, now);
      request.log.info('account data exported');
      return reply
        .type('application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="meedi8-export-${now.toISOString().slice(0, 10)}.json"`,
        )
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.delete(
    '/api/users/me',
    {
      preHandler: app.authenticate,
      schema: { body: DeleteMeBody, response: { 200: Success, ...errorResponses } },
    },
    async (request, reply) => {
      if (request.body.confirm !== DELETE_CONFIRMATION) {
        throw errors.deleteNotConfirmed(DELETE_CONFIRMATION);
      }
      const { userId } = actorOf(request);
      const outcome = await deleteAccount(db, userId);
      request.log.info(outcome, 'account deleted');
      app.liveStreams.endForUser(userId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { success: true };
    },
  );
}
