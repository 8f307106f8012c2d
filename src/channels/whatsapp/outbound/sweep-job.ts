/**
 * Once a minute, and whenever a worker starts: make sure nothing waits for ever. A worker that
 * died mid-delivery leaves its job locked for hours, so due messages and pending webhook events
 * get a fresh job here (a second job for work in progress elsewhere finds it locked and waits).
 * A send left `sending` by a process that died during its Graph call is reported, not resent.
 */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../../jobs/job-definition.js';
import { scheduleProcessing } from '../webhook/event-store.js';
import { scheduleDelivery } from './queue-message.js';
import { sweepPairAllowances } from './rate-limits.js';
import { reportUnconfirmedSends } from './report-unconfirmed-sends.js';

export const SWEEP_TASK = 'whatsapp.sweep';

export const whatsappSweepJob = defineJob({
  name: SWEEP_TASK,
  payload: Type.Object({ startup: Type.Optional(Type.Boolean()) }, { additionalProperties: true }),
  maxAttempts: 1,
  async handle(payload, services) {
    const { db } = services;
    // At start-up nothing can be in progress in this process, so everything due is swept.
    const stale = new Date(Date.now() - (payload.startup ? 0 : 30_000));
    const due = await db
      .selectFrom('whatsapp_messages')
      .select('wa_id')
      .distinct()
      .where('status', 'in', ['queued', 'held'])
      .where('created_at', '<', stale)
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<', stale)]))
      .limit(1000)
      .execute();
    for (const { wa_id } of due) await scheduleDelivery(db, wa_id);
    await reportUnconfirmedSends(services, payload.startup ? 0 : undefined);
    const pending = await db
      .selectFrom('whatsapp_webhook_events')
      .select('id')
      .where('processed_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('received_at', '<', stale)
      .limit(1)
      .executeTakeFirst();
    if (pending) await scheduleProcessing(db);
    await sweepPairAllowances(db);
  },
});
