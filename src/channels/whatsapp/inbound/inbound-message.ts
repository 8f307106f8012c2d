/** An inbound WhatsApp message in Meedi8's terms, read from Meta's payload. */

export type InboundKind =
  | 'text'
  | 'button'
  | 'interactive'
  | 'media'
  | 'location'
  | 'contacts'
  | 'reaction'
  | 'system'
  | 'unsupported';

export interface InboundMessage {
  wamid: string;
  /**
   * As read from Meta: the sender's number (digits), or null for username-only users (Meta 2026).
   * Once stored, the sender's contact key (`contact-identity.ts`): digits, or their user id.
   */
  waId: string | null;
  /** The sender's business-scoped user id (`from_user_id`), when Meta sent one. */
  businessUserId: string | null;
  /** A `user_changed_user_id` system message: the sender's new user id. */
  newUserId?: string;
  profileName: string | null;
  /** Meta's own type (`text`, `image`, `interactive`, …). */
  type: string;
  kind: InboundKind;
  /** What the person wrote or tapped, when it has words. */
  text: string | null;
  /** The id of a tapped reply button or list row, or a template button's payload. */
  choiceId: string | null;
  mediaId: string | null;
  /** The business message this one replies to. */
  contextWamid: string | null;
  /** Meta's `contacts` array, for a shared contact card. */
  contacts?: unknown;
  sentAt: Date;
  /**
   * Written while lines Meedi8 had sent were refused for a closed window (they go again just
   * before this is answered): the person had not read them yet.
   */
  missedLines?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: Meta's webhook JSON, read defensively field by field.
type Json = Record<string, any>;

const MEDIA_TYPES = new Set(['image', 'audio', 'video', 'document', 'sticker']);

/** Reads the parts Meedi8 uses from Meta's message object and its contact. */
export function readInboundMessage(message: Json, contact: Json | null): InboundMessage {
  const type = String(message.type);
  const interactive = message.interactive ?? {};
  const reply = interactive.button_reply ?? interactive.list_reply ?? null;
  const kind: InboundKind = MEDIA_TYPES.has(type)
    ? 'media'
    : ((
        ['text', 'button', 'interactive', 'location', 'contacts', 'reaction', 'system'] as const
      ).find((k) => k === type) ?? 'unsupported');
  return {
    wamid: String(message.id),
    waId:
      typeof message.from === 'string'
        ? message.from
        : typeof contact?.wa_id === 'string'
          ? contact.wa_id
          : null,
    businessUserId:
      message.from_user_id ?? contact?.user_id ?? message.system?.previous_user_id ?? null,
    ...(message.system?.type === 'user_changed_user_id' &&
    typeof message.system.user_id === 'string'
      ? { newUserId: message.system.user_id }
      : {}),
    profileName: contact?.profile?.name ?? null,
    type,
    kind,
    text: textOf(message, reply),
    choiceId: reply?.id ?? message.button?.payload ?? null,
    mediaId: MEDIA_TYPES.has(type) ? (message[type]?.id ?? null) : null,
    contextWamid: message.context?.id ?? null,
    ...(type === 'contacts' ? { contacts: message.contacts } : {}),
    sentAt: message.timestamp ? new Date(Number(message.timestamp) * 1000) : new Date(),
  };
}

function textOf(message: Json, reply: Json | null): string | null {
  if (message.type === 'text') return message.text?.body ?? null;
  if (message.type === 'button') return message.button?.text ?? null;
  if (reply) return reply.title ?? null;
  const caption = message[message.type]?.caption;
  return typeof caption === 'string' ? caption : null;
}
