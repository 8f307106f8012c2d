/**
 * The simulated WhatsApp users: their numbers, names, whether they are on WhatsApp, blocks,
 * their 24-hour customer-service windows, and both sides of their chat with the business.
 */
import type { StatusError } from './graph-errors.js';
import type { RenderedTemplate } from './template-send.js';

/** How long a customer-service window stays open after the user's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Outbound message progress; `failed` is terminal, the rest only move forward. */
export type OutboundStatus = 'accepted' | 'sent' | 'delivered' | 'read' | 'failed';

/** One status webhook the emulator sent for a message. */
export interface StatusEvent {
  status: Exclude<OutboundStatus, 'accepted'>;
  /** Seconds since the epoch, as a string (Meta's format). */
  timestamp: string;
  errors?: StatusError[];
}

/** A message the business sent (accepted by the send endpoint). */
export interface BusinessMessage {
  /** The wamid returned to the business. */
  id: string;
  /** Recipient digits (for a send by `recipient` to an unknown user id: that id). */
  to: string;
  /** What statuses name the recipient by: `recipient_id` unless hidden, `recipient_user_id`. */
  recipientId?: string;
  recipientUserId?: string;
  type: string;
  /** The request body exactly as the business sent it. */
  payload: Record<string, unknown>;
  acceptedAt: number;
  status: OutboundStatus;
  statuses: StatusEvent[];
  /** Pricing category: `service` for free-form, the template's category otherwise. */
  category: string;
  pricingType: 'regular' | 'free_customer_service';
  /** Present when the message is billable (Meta then adds a conversation object). */
  conversation?: { id: string; expiresAt: number };
  bizOpaqueCallbackData?: string;
  /** For template sends: what the phone shows. */
  template?: RenderedTemplate;
  /** The error of a `failed` status. */
  error?: StatusError;
}

/** A message the phone sent to the business: the exact `messages[]` item of the webhook. */
export interface PhoneMessage {
  id: string;
  type: string;
  message: Record<string, unknown>;
  sentAt: number;
  /** Set when the business marked this (or a later) message as read. */
  readByBusiness: boolean;
}

export interface Phone {
  e164: string;
  waId: string;
  name: string;
  /**
   * Meta's business-scoped user id for this user (2026), null for a phone from before usernames
   * (its webhooks carry only the number, as in Meta's older payloads).
   */
  userId: string | null;
  /** The username the user adopted, if any. */
  username: string | null;
  /** False for a username user whose number Meta withholds: webhooks carry only user ids. */
  showsNumber: boolean;
  onWhatsApp: boolean;
  blocked: boolean;
  /** When the user last wrote (opens the 24-hour window); null: never. */
  lastInboundAt: number | null;
  received: BusinessMessage[];
  sent: PhoneMessage[];
  /** The business's typing indicator shows until this time (ms). */
  typingUntil: number;
}

/** The digits of a number written with or without `+`, spaces, dashes or brackets; null if not a number. */
export function digitsOf(number: string): string | null {
  const digits = number.replace(/[\s()+.-]/g, '');
  return /^\d{5,15}$/.test(digits) ? digits : null;
}

/** A business-scoped user id as Meta writes it: country code, a period, digits. */
export function newUserId(e164: string): string {
  const country = e164.startsWith('+44') ? 'GB' : e164.startsWith('+1') ? 'US' : 'ZZ';
  let digits = String(1 + Math.floor(Math.random() * 9));
  while (digits.length < 20) digits += String(Math.floor(Math.random() * 10));
  return `${country}.${digits}`;
}

export interface PhoneOptions {
  name?: string;
  onWhatsApp?: boolean;
  /** Adopts this username: the phone gets a user id and, unless showNumber, hides its number. */
  username?: string;
  /** With a username, whether Meta still shows the number (its contact book links both). */
  showNumber?: boolean;
}

/** Phones by their digits. */
export class PhoneBook {
  private readonly phones = new Map<string, Phone>();

  /** Adds a phone or updates an existing one's name, WhatsApp presence and username. */
  add(number: string, opts: PhoneOptions = {}): Phone {
    const waId = digitsOf(number);
    if (!waId) throw new Error(`Not a phone number: ${number}`);
    const existing = this.phones.get(waId);
    if (existing) {
      if (opts.name !== undefined) existing.name = opts.name;
      if (opts.onWhatsApp !== undefined) existing.onWhatsApp = opts.onWhatsApp;
      if (opts.username !== undefined) adoptUsername(existing, opts.username, opts.showNumber);
      else if (opts.showNumber !== undefined) existing.showsNumber = opts.showNumber;
      return existing;
    }
    const phone: Phone = {
      e164: `+${waId}`,
      waId,
      name: opts.name ?? `+${waId}`,
      userId: null,
      username: null,
      showsNumber: true,
      onWhatsApp: opts.onWhatsApp ?? true,
      blocked: false,
      lastInboundAt: null,
      received: [],
      sent: [],
      typingUntil: 0,
    };
    if (opts.username !== undefined) adoptUsername(phone, opts.username, opts.showNumber);
    this.phones.set(waId, phone);
    return phone;
  }

  /** The phone whose business-scoped user id this is. */
  byUserId(userId: string): Phone | undefined {
    return [...this.phones.values()].find((p) => p.userId === userId);
  }

  /** The phone with this number (any writing), if added. */
  get(number: string): Phone | undefined {
    const waId = digitsOf(number);
    return waId ? this.phones.get(waId) : undefined;
  }

  all(): Phone[] {
    return [...this.phones.values()];
  }

  clear(): void {
    this.phones.clear();
  }
}

/** Whether the user wrote within the last 24 hours. */
export function windowOpen(phone: Phone, now: number): boolean {
  return phone.lastInboundAt !== null && now - phone.lastInboundAt < SERVICE_WINDOW_MS;
}

function adoptUsername(phone: Phone, username: string, showNumber = false): void {
  phone.username = username;
  phone.userId ??= newUserId(phone.e164);
  phone.showsNumber = showNumber;
}

/** How webhooks name this user: `wa_id` unless withheld, `user_id` when they have one. */
export function webhookIds(phone: Phone): { waId?: string; userId?: string } {
  return {
    ...(phone.showsNumber || phone.userId === null ? { waId: phone.waId } : {}),
    ...(phone.userId === null ? {} : { userId: phone.userId }),
  };
}
