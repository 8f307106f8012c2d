/** The checks Meta makes on every Graph call before anything else: API version, token, appsecret_proof. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { GraphError } from './graph-errors.js';
import type { ResolvedOptions } from './options.js';
import { appSecretProof } from './signature.js';

/** The bearer token of a request: the Authorization header, or Graph's access_token query parameter. */
export function accessTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    return match?.[1];
  }
  const query = request.query as Record<string, unknown> | undefined;
  return typeof query?.access_token === 'string' ? query.access_token : undefined;
}

/** Throws Meta's error when the version, token or appsecret_proof of a Graph call is wrong. */
export function checkGraphRequest(request: FastifyRequest, options: ResolvedOptions): void {
  const params = request.params as Record<string, string> | undefined;
  const version = params?.version;
  if (version !== undefined && !/^v\d+\.\d+$/.test(version)) {
    throw new GraphError(400, 2500, { message: `Unknown path components: /${version}` });
  }
  const token = accessTokenOf(request);
  if (token === undefined || !same(token, options.accessToken)) {
    throw new GraphError(401, 190);
  }
  const query = request.query as Record<string, unknown> | undefined;
  const proof = query?.appsecret_proof;
  if (proof !== undefined) {
    const expected = appSecretProof(options.accessToken, options.appSecret);
    if (typeof proof !== 'string' || !same(proof.toLowerCase(), expected)) {
      throw new GraphError(400, 100, {
        message: 'Invalid appsecret_proof provided in the API argument',
        type: 'GraphMethodException',
      });
    }
  }
}

/** Constant-time comparison, so the emulator does not model a timing oracle Meta does not have. */
function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
