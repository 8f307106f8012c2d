import type { InboundMessage } from '../channels/whatsapp/inbound/inbound-message.js';
import type { OutboundWhatsApp } from '../channels/whatsapp/outbound-message.js';
import type { Actor } from '../domain/accounts/tokens.js';
import type { Locale } from '../i18n/locales.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import type { Conversation } from './conversation-store.js';

/** What a chat handler needs: the services, the chat's state and a way to answer. */
export interface ChatContext {
  services: Services;
  conversation: Conversation;
  inbound: InboundMessage;
  /** The person's language: every reply in this chat is in it. */
  locale: Locale;
  /** Queues a reply in this chat; it commits with the chat's state at the end of the step. */
  say(message: OutboundWhatsApp | string): Promise<void>;
  /** Adds a change that commits with the step's replies and the chat's state, in order. */
  inCommit(change: (trx: Db) => Promise<void>): void;
  /** Shows "typing…" while the mediator thinks (best effort: it only helps, never blocks). */
  typing(): Promise<void>;
  actor(): Actor;
}

/** Marks the step's message answered inside the step's commit; false when already answered. */
export type FinishStep = (trx: Db) => Promise<boolean>;
