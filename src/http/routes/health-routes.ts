/** Liveness, readiness and Prometheus metrics. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Services } from '../../services.js';
import { migrationsApplied } from '../../storage/migrate.js';

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

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
