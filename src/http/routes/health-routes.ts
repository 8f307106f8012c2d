/** Liveness, readiness and Prometheus metrics (METRICS_TOKEN, or this machine only). */
import { timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import { migrationsApplied } from '../../storage/migrate.js';
import { isLocalCaller } from '../local-caller.js';

export async function healthRoutes(app: FastifyInstance, opts: { services: Services }) {
  const { db, metrics } = opts.services;

  app.get(
    '/healthz',
    { schema: { response: { 200: Type.Object({ status: Type.String() }) } } },
    async () => ({
      status: 'ok',
    }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        response: {
          200: Type.Object({ status: Type.String() }),
          503: Type.Object({ status: Type.String(), reason: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(db);
        if (!(await migrationsApplied(db))) {
          return reply
            .status(503)
            .send({ status: 'not_ready', reason: 'database migrations are pending' });
        }
        return { status: 'ready' };
      } catch {
        return reply
          .status(503)
          .send({ status: 'not_ready', reason: 'the database does not answer' });
      }
    },
  );

  // Metrics describe the whole service (traffic, failures); they are not for the public.
  const { config } = opts.services;
  const trustsProxy = config.trustProxy !== false;
  const expected = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : null;
  app.get('/metrics', async (request, reply) => {
    if (expected) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw errors.metricsTokenInvalid();
      }
    } else if (!isLocalCaller(request, trustsProxy)) {
      throw errors.metricsForbidden();
    }
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
