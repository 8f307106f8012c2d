/**
 * Who is calling: a bearer token (`Authorization: Bearer …`) or the web session cookie. Cookie
 * requests that change something must carry `X-Requested-With: meedi8`, a header a cross-site
 * form cannot send, which keeps the cookie from being used for request forgery.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Actor, resolveToken } from '../../domain/accounts/tokens.js';
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';

export const SESSION_COOKIE = 'meedi8_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** preHandler: requires a valid token and sets `request.actor`. */
    authenticate(request: FastifyRequest): Promise<void>;
    /** preHandler: sets `request.actor` when a valid token is present, otherwise leaves null. */
    identify(request: FastifyRequest): Promise<void>;
  }
}

/** The signed-in actor of a request that passed `authenticate`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw errors.unauthenticated();
  return request.actor;
}

/** Puts the token in an httpOnly cookie for browsers (SameSite=Lax, Secure over https). */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  secure: boolean,
  maxAgeMs: number,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export const authenticationPlugin = fp(
  async (app: FastifyInstance, opts: { services: Services }) => {
    const { db } = opts.services;
    app.decorateRequest('actor', null);

    async function identify(request: FastifyRequest): Promise<Actor | null> {
      const header = request.headers.authorization;
      if (header) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match?.[1]) throw errors.unauthenticated();
        return resolveToken(db, match[1]);
      }
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) return null;
      if (!SAFE_METHODS.has(request.method) && request.headers['x-requested-with'] !== 'meedi8') {
        throw errors.csrfHeaderMissing();
      }
      return resolveToken(db, cookie);
    }

    app.decorate('authenticate', async (request: FastifyRequest) => {
      request.actor = await identify(request);
      if (!request.actor) throw errors.unauthenticated();
      request.log = request.log.child({ userId: request.actor.userId });
    });
    app.decorate('identify', async (request: FastifyRequest) => {
      request.actor = await identify(request);
    });
  },
);
