/** Every job the workers run. */

import { emailSendJob } from '../channels/email/send-email-job.js';
import { agreementDocumentJob } from '../channels/whatsapp/conversation/agreement-document.js';
import { checkInJob } from '../channels/whatsapp/conversation/check-in.js';
import { converseJob } from '../channels/whatsapp/conversation/converse-job.js';
import { idleReminderJob } from '../channels/whatsapp/conversation/idle-reminder.js';
import { relayJob } from '../channels/whatsapp/conversation/relay.js';
import { markReadJob } from '../channels/whatsapp/inbound/mark-read-job.js';
import { deliverWhatsAppJob } from '../channels/whatsapp/outbound/deliver-job.js';
import { whatsappSweepJob } from '../channels/whatsapp/outbound/sweep-job.js';
import { syncTemplatesJob } from '../channels/whatsapp/templates/sync-templates-job.js';
import { processWebhookEventsJob } from '../channels/whatsapp/webhook/process-events-job.js';
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
