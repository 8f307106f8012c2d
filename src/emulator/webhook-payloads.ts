/** Webhook bodies in Meta's shape, key for key and in Meta's key order. */
import type { StatusError } from './graph-errors.js';
import type { BusinessMessage, StatusEvent } from './phone-book.js';
import type { Template } from './template-store.js';

/** The business number as webhook metadata names it. */
export interface BusinessIdentity {
  businessAccountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** `{object, entry: [{id, changes: [{value, field}]}]}` around one change. */
export function envelope(businessAccountId: string, field: string, value: unknown): unknown {
  return {
    object: 'whatsapp_business_account',
    entry: [{ id: businessAccountId, changes: [{ value, field }] }],
  };
}

/**
 * A `messages` change carrying what a user sent. The contact carries `wa_id` unless Meta
 * withholds the number (a username user), and `user_id` when the user has one (Meta 2026).
 */
export function inboundMessagesBody(
  business: BusinessIdentity,
  contact: { name: string; username?: string | null; waId?: string; userId?: string },
  messages: Record<string, unknown>[],
): unknown {
  const profile: Record<string, unknown> = { name: contact.name };
  if (contact.username) profile.username = contact.username;
  const entry: Record<string, unknown> = { profile };
  if (contact.waId !== undefined) entry.wa_id = contact.waId;
  if (contact.userId !== undefined) entry.user_id = contact.userId;
  return envelope(business.businessAccountId, 'messages', {
    messaging_product: 'whatsapp',
    metadata: metadata(business),
    contacts: [entry],
    messages,
  });
}

/** A `messages` change carrying one status of a business message. */
export function statusBody(
  business: BusinessIdentity,
  message: BusinessMessage,
  event: StatusEvent,
): unknown {
  return envelope(business.businessAccountId, 'messages', {
    messaging_product: 'whatsapp',
    metadata: metadata(business),
    statuses: [statusObject(message, event)],
  });
}

/** One `statuses[]` item: pricing on sent/delivered, a conversation when billable, errors when failed. */
export function statusObject(
  message: BusinessMessage,
  event: StatusEvent,
): Record<string, unknown> {
  const status: Record<string, unknown> = {
    id: message.id,
    status: event.status,
    timestamp: event.timestamp,
  };
  // A username user's number is withheld; their user id is named when they have one.
  if (message.recipientId !== undefined) status.recipient_id = message.recipientId;
  if (message.recipientUserId !== undefined) status.recipient_user_id = message.recipientUserId;
  if (message.bizOpaqueCallbackData !== undefined) {
    status.biz_opaque_callback_data = message.bizOpaqueCallbackData;
  }
  if (event.status === 'sent' || event.status === 'delivered') {
    if (message.conversation) {
      const conversation: Record<string, unknown> = { id: message.conversation.id };
      // Meta states the conversation's expiry on the first status only.
      if (event.status === 'sent') {
        conversation.expiration_timestamp = String(
          Math.floor(message.conversation.expiresAt / 1000),
        );
      }
      conversation.origin = { type: message.category };
      status.conversation = conversation;
    }
    const billable = message.pricingType === 'regular';
    status.pricing = {
      billable,
      pricing_model: 'PMP',
      category: message.category,
      type: message.pricingType,
    };
  }
  if (event.errors) status.errors = event.errors;
  return status;
}

/** A `message_template_status_update` change. */
export function templateStatusBody(
  businessAccountId: string,
  template: Template,
  event: string,
  reason: string,
): unknown {
  const value: Record<string, unknown> = {
    event,
    message_template_id: Number(template.id),
    message_template_name: template.name,
    message_template_language: template.language,
    reason,
  };
  if (event === 'PAUSED') {
    value.other_info = {
      title: 'FIRST_PAUSE',
      description: 'Your template has been paused due to low quality.',
    };
  }
  return envelope(businessAccountId, 'message_template_status_update', value);
}

/** The `errors[]` of an inbound message WhatsApp could not pass on. */
export function unsupportedErrors(): StatusError[] {
  return [
    {
      code: 131051,
      title: 'Message type unknown',
      message: 'Message type unknown',
      error_data: { details: 'Message type is currently not supported.' },
    },
  ];
}

function metadata(business: BusinessIdentity) {
  return {
    display_phone_number: business.displayPhoneNumber,
    phone_number_id: business.phoneNumberId,
  };
}
