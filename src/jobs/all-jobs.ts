/** Every job the workers run. */
import { mediatorOpeningJob, mediatorReplyJob } from '../domain/mediation/mediator-jobs.js';
import type { JobDefinition } from './job-definition.js';

export const allJobs: JobDefinition[] = [mediatorReplyJob, mediatorOpeningJob] as JobDefinition[];
