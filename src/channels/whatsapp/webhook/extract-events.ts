/**
 * Splits one webhook delivery into events, each with the key that makes it unique: an inbound
 * message by its id, a status by message id and status, other fields by their content. Every
 * array is walked (Meta batches). Anything that does not fit is kept as `unexpected`.
 */
import { createHash } from 'node:crypto';

export type WebhookEventKind =
  | 'message'
  | 'status'
  | 'template_status'
  | 'phone_quality'
  | 'account'
  | 'error'
  | 'unexpected';

export interface WebhookEvent {
  dedupeKey: string;
  kind: WebhookEventKind;
  /** The WhatsApp user the event is about (sender or recipient: number, else user id), if any. */
  waId: string | null;
  /** The event as Meta sent it, with the context needed to handle it alone. */
  data: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const FIELD_KINDS: Record<string, WebhookEventKind> = {
  message_template_status_update: 'template_status',
  phone_number_quality_update: 'phone_quality',
  account_update: 'account',
};

/** The events in a parsed delivery; `raw` is the delivery's bytes (for keys of odd shapes). */
export function extractEvents(body: unknown, raw: Buffer): WebhookEvent[] {
  if (
    !isObject(body) ||
    body.object !== 'whatsapp_business_account' ||
    !Array.isArray(body.entry)
  ) {
    return [unexpected(`unexpected:${hash(raw)}`, { body })];
  }
  const events: WebhookEvent[] = [];
  for (const entry of body.entry) {
    if (!isObject(entry) || !Array.isArray(entry.changes)) {
      events.push(unexpected(`unexpected:${hash(JSON.stringify(entry))}`, { entry }));
      continue;
    }
    for (const change of entry.changes) {
      if (!isObject(change) || typeof change.field !== 'string' || !isObject(change.value)) {
        events.push(unexpected(`unexpected:${hash(JSON.stringify(change))}`, { change }));
      } else if (change.field === 'messages') {
        events.push(...messageFieldEvents(change.value));
      } else {
        const kind = FIELD_KINDS[change.field] ?? 'unexpected';
        const key = `${change.field}:${hash(JSON.stringify([entry.id, entry.time, change.value]))}`;
        events.push({
          dedupeKey: key,
          kind,
          waId: null,
          data: { field: change.field, entry_id: entry.id, value: change.value },
        });
      }
    }
  }
  return events;
}

function messageFieldEvents(value: Json): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  const metadata = value.metadata;
  const contacts = Array.isArray(value.contacts) ? value.contacts.filter(isObject) : [];
  for (const message of Array.isArray(value.messages) ? value.messages : []) {
    if (!isObject(message) || typeof message.id !== 'string' || typeof message.type !== 'string') {
      events.push(unexpected(`unexpected:${hash(JSON.stringify(message))}`, { message }));
      continue;
    }
    const from = typeof message.from === 'string' ? message.from : null;
    const fromUserId = typeof message.from_user_id === 'string' ? message.from_user_id : null;
    // A username user's contact has no wa_id, only their user id.
    const contact =
      contacts.find(
        (c) => (from && c.wa_id === from) || (fromUserId && c.user_id === fromUserId),
      ) ?? (contacts.length === 1 ? contacts[0] : null);
    events.push({
      dedupeKey: `message:${message.id}`,
      kind: 'message',
      waId: from ?? fromUserId ?? (typeof contact?.user_id === 'string' ? contact.user_id : null),
      data: { message, contact, metadata },
    });
  }
  for (const status of Array.isArray(value.statuses) ? value.statuses : []) {
    if (!isObject(status) || typeof status.id !== 'string' || typeof status.status !== 'string') {
      events.push(unexpected(`unexpected:${hash(JSON.stringify(status))}`, { status }));
      continue;
    }
    const recipient =
      typeof status.recipient_id === 'string'
        ? status.recipient_id
        : typeof status.recipient_user_id === 'string'
          ? status.recipient_user_id
          : null;
    events.push({
      dedupeKey: `status:${status.id}:${status.status}`,
      kind: 'status',
      waId: recipient,
      data: { status, metadata },
    });
  }
  if (Array.isArray(value.errors) && value.errors.length > 0) {
    events.push({
      dedupeKey: `error:${hash(JSON.stringify(value.errors))}`,
      kind: 'error',
      waId: null,
      data: { errors: value.errors, metadata },
    });
  }
  if (events.length === 0)
    events.push(unexpected(`unexpected:${hash(JSON.stringify(value))}`, { value }));
  return events;
}

function unexpected(dedupeKey: string, data: Json): WebhookEvent {
  return { dedupeKey, kind: 'unexpected', waId: null, data };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hash(input: string | Buffer): string {
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}
