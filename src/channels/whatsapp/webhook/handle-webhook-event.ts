/** What each kind of stored webhook event does to Meedi8's state. */

import { fallbackToEmail } from '../../../notifications/fallback-to-email.js';
import { answerWindowClosedEarly } from '../../../notifications/window-closed-early.js';
import type { Services } from '../../../services.js';
import type { Db } from '../../../storage/database.js';
import { resolveContact } from '../inbound/contact-identity.js';
import { handleInboundMessage } from '../inbound/handle-inbound-message.js';
import { readInboundMessage } from '../inbound/inbound-message.js';
import { scheduleTemplateSync } from '../templates/sync-templates-job.js';
import { applyStatus, type StatusPayload } from './apply-status.js';

// biome-ignore lint/suspicious/noExplicitAny: Meta's webhook JSON, read defensively field by field.
type Json = Record<string, any>;

export interface StoredWebhookEvent {
  id: number;
  kind: string;
  data: Json;
}

/** Handles one event inside `trx`; throws to have it tried again later. */
export async function handleWebhookEvent(
  trx: Db,
  services: Services,
  event: StoredWebhookEvent,
): Promise<void> {
  const { data } = event;
  switch (event.kind) {
    case 'message':
      return handleInboundMessage(
        trx,
        services,
        readInboundMessage(data.message, data.contact ?? null),
      );
    case 'status': {
      const status = data.status as StatusPayload;
      // Both ids in one status: Meta says the number and the user id are one person.
      if (status.recipient_id && status.recipient_user_id) {
        await resolveContact(trx, { waId: status.recipient_id, userId: status.recipient_user_id });
      }
      const outcome = await applyStatus(trx, status);
      // A status can overtake the send's own record of its wamid; try again shortly.
      if (outcome === 'unknown_message') throw new Error('status for a message not (yet) known');
      services.metrics.whatsappStatuses.inc({ status: status.status });
      // Policy reacts to a permanent failure (e.g. email instead of WhatsApp).
      if (status.status === 'failed') {
        await fallbackToEmail(trx, services, status.id);
        await answerWindowClosedEarly(trx, services, status.id);
      }
      return;
    }
    case 'template_status': {
      const value = data.value as Json;
      await trx
        .insertInto('whatsapp_templates')
        .values({
          name: String(value.message_template_name),
          language: String(value.message_template_language),
          status: String(value.event),
          reason: value.reason ?? null,
          meta_id:
            value.message_template_id === undefined ? null : String(value.message_template_id),
        })
        .onConflict((oc) =>
          oc.columns(['name', 'language']).doUpdateSet((eb) => ({
            status: eb.ref('excluded.status'),
            reason: eb.ref('excluded.reason'),
            meta_id: eb.ref('excluded.meta_id'),
            updated_at: new Date(),
          })),
        )
        .execute();
      // An approval can switch a purpose to Meedi8's own version; a pause, away from it.
      await scheduleTemplateSync(trx);
      return recordNotice(trx, services, 'message_template_status_update', value);
    }
    case 'phone_quality':
    case 'account':
      return recordNotice(trx, services, String(data.field), data.value as Json);
    case 'error':
      return recordNotice(trx, services, 'errors', { errors: data.errors });
    default:
      // Unexpected shapes are kept as they came and were reported when received.
      return;
  }
}

async function recordNotice(
  trx: Db,
  services: Services,
  field: string,
  value: Json,
): Promise<void> {
  const event = typeof value.event === 'string' ? value.event : null;
  await trx
    .insertInto('whatsapp_account_notices')
    .values({ field, event, data: JSON.stringify(value) })
    .execute();
  services.metrics.whatsappAccountNotices.inc({ field, event: event ?? 'none' });
  const level =
    field === 'message_template_status_update' && event === 'APPROVED' ? 'info' : 'warn';
  services.logger[level]({ field, event }, 'WhatsApp account notice');
}
