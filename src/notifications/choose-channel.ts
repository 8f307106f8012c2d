/**
 * Which channel a person's notices go on — the cheapest one that respects them:
 * WhatsApp only with their opt-in and never after an opt-out; inside their 24-hour window a
 * free-form text (free), outside it an approved template (paid); email when WhatsApp is not
 * theirs or cannot reach them; nothing when neither is possible.
 */
import { isServiceWindowOpen } from '../channels/whatsapp/service-window.js';

export type NoticeChannel = 'whatsapp_text' | 'whatsapp_template' | 'email' | 'none';

export interface Reachability {
  phoneNumber: string | null;
  /**
   * For someone without a number of their own who wrote in by username: their chat's contact key
   * (their business-scoped user id, reached by `recipient`; or the number Meta showed later).
   */
  whatsappChatKey?: string | null;
  whatsappOptIn: boolean;
  whatsappOptedOut: boolean;
  /** Meta said this number cannot get WhatsApp messages (131026). */
  whatsappUndeliverable: boolean;
  lastInboundAt: Date | null;
  email: string | null;
}

/** The channel for now (`now` for tests). */
export function chooseChannel(person: Reachability, now = new Date()): NoticeChannel {
  const whatsappOk =
    (person.phoneNumber !== null || Boolean(person.whatsappChatKey)) &&
    person.whatsappOptIn &&
    !person.whatsappOptedOut &&
    !person.whatsappUndeliverable;
  if (whatsappOk) {
    return isServiceWindowOpen(person.lastInboundAt, now) ? 'whatsapp_text' : 'whatsapp_template';
  }
  return person.email ? 'email' : 'none';
}
