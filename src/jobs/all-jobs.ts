/** Every job the workers run. */
import { markReadJob } from '../channels/whatsapp/inbound/mark-read-job.js';
import { deliverWhatsAppJob } from '../channels/whatsapp/outbound/deliver-job.js';
import { whatsappSweepJob } from '../channels/whatsapp/outbound/sweep-job.js';
import { processWebhookEventsJob } from '../channels/whatsapp/webhook/process-events-job.js';
import { mediatorOpeningJob, mediatorReplyJob } from '../domain/mediation/mediator-jobs.js';
import type { JobDefinition } from './job-definition.js';

export const allJobs = [
  mediatorReplyJob,
  mediatorOpeningJob,
  processWebhookEventsJob,
  deliverWhatsAppJob,
  markReadJob,
  whatsappSweepJob,
] as JobDefinition[];
