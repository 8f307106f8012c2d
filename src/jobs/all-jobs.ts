/** Every job the workers run. */

import { emailSendJob } from '../channels/email/send-email-job.js';
import { markReadJob } from '../channels/whatsapp/inbound/mark-read-job.js';
import { deliverWhatsAppJob } from '../channels/whatsapp/outbound/deliver-job.js';
import { whatsappSweepJob } from '../channels/whatsapp/outbound/sweep-job.js';
import { syncTemplatesJob } from '../channels/whatsapp/templates/sync-templates-job.js';
import { processWebhookEventsJob } from '../channels/whatsapp/webhook/process-events-job.js';
import { agreementDocumentJob } from '../chat/agreement-document.js';
import { checkInJob } from '../chat/check-in.js';
import { converseJob } from '../chat/converse-job.js';
import { idleReminderJob } from '../chat/idle-reminder.js';
import { relayJob } from '../chat/relay.js';
import { mediatorOpeningJob, mediatorReplyJob } from '../domain/mediation/mediator-jobs.js';
import { redraftJob } from '../domain/mediation/redraft-agreement.js';
import { releaseHeldMessagesJob } from '../domain/mediation/release-held-messages.js';
import { deliverNoticesJob } from '../notifications/notify.js';
import type { JobDefinition } from './job-definition.js';

export const allJobs = [
  converseJob,
  relayJob,
  agreementDocumentJob,
  checkInJob,
  idleReminderJob,
  mediatorReplyJob,
  mediatorOpeningJob,
  redraftJob,
  releaseHeldMessagesJob,
  processWebhookEventsJob,
  deliverWhatsAppJob,
  markReadJob,
  whatsappSweepJob,
  emailSendJob,
  deliverNoticesJob,
  syncTemplatesJob,
] as JobDefinition[];

/** Jobs that mostly wait on Meta's Graph API: they run on a runner of their own (worker.ts). */
export const graphJobs = [deliverWhatsAppJob, markReadJob] as JobDefinition[];
