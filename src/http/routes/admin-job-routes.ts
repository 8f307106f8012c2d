/** The operator console's job views: failed and retrying jobs, and retrying one now. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../errors.js';
import { listFailedJobs, retryJob } from '../../jobs/failed-jobs.js';
import type { Services } from '../../services.js';
import {
  FailedJobsQuery,
  FailedJobsResponse,
  JobParams,
  RetryJobResponse,
} from '../schemas/admin.js';
import { errorResponses } from '../schemas.js';
import { assertAdmin } from './admin-access.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

export async function adminJobRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = opts.services;

  app.get(
    '/api/admin/jobs/failed',
    {
      preHandler: app.authenticate,
      schema: {
        querystring: FailedJobsQuery,
        response: { 200: FailedJobsResponse, ...errorResponses },
      },
    },
    async (request) => {
      await assertAdmin(db, request);
      const limit = request.query.limit === undefined ? DEFAULT_LIMIT : Number(request.query.limit);
      if (limit < 1 || limit > MAX_LIMIT) {
        throw errors.invalidInput(`limit must be between 1 and ${MAX_LIMIT} (got ${limit}).`);
      }
      const jobs = await listFailedJobs(db, {
        limit,
        ...(request.query.state ? { state: request.query.state } : {}),
      });
      return {
        jobs: jobs.map((job) => ({
          ...job,
          run_at: job.run_at.toISOString(),
          created_at: job.created_at.toISOString(),
          updated_at: job.updated_at.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/admin/jobs/:job_id/retry',
    {
      preHandler: app.authenticate,
      schema: { params: JobParams, response: { 200: RetryJobResponse, ...errorResponses } },
    },
    async (request) => {
      await assertAdmin(db, request);
      const outcome = await retryJob(db, request.params.job_id);
      if (outcome.kind === 'not_found') throw errors.jobNotFound();
      if (outcome.kind === 'running') throw errors.jobRunning();
      request.log.info(
        { jobId: outcome.job.id, task: outcome.job.task },
        'job retried by an operator',
      );
      return { success: true, job: { ...outcome.job, run_at: outcome.job.run_at.toISOString() } };
    },
  );
}
