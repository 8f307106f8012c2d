/**
 * Keeps the stored templates and choices in step with the account: at start, hourly, and after
 * every template status webhook (an approval can switch a purpose to Meedi8's own version).
 */
import { Type } from '@sinclair/typebox';
import { enqueueJob } from '../../../jobs/enqueue.js';
import { defineJob } from '../../../jobs/job-definition.js';
import type { Db } from '../../../storage/database.js';
import { syncAccountTemplates } from './account-templates.js';

export const TEMPLATE_SYNC_TASK = 'whatsapp.templates.sync';

export const syncTemplatesJob = defineJob({
  name: TEMPLATE_SYNC_TASK,
  payload: Type.Object({}, { additionalProperties: true }),
  maxAttempts: 5,
  async handle(_payload, services) {
    const choices = await syncAccountTemplates(
      services.db,
      services.whatsapp.client,
      services.config.publicUrl,
    );
    for (const c of choices.filter((choice) => choice.problem)) {
      services.logger.warn(
        { purpose: c.purpose, problem: c.problem },
        'WhatsApp template cannot be filled; its sends fall back (see the doctor)',
      );
    }
  },
});

/** Schedules one sync (several requests close together make one job). */
export async function scheduleTemplateSync(db: Db): Promise<void> {
  await enqueueJob(db, syncTemplatesJob, {}, { jobKey: TEMPLATE_SYNC_TASK });
}
