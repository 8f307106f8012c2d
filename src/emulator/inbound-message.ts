/**
 * What a simulated phone can send to the business, and the `messages[]` item Meta's webhook
 * carries for it (key for key as in Meta's payloads). Taps on buttons and list rows find the
 * business message they answer, as a real tap always carries it in `context`.
 */
import type { StoredMedia } from './media-store.js';
import type { BusinessMessage, Phone } from './phone-book.js';
import { unsupportedErrors } from './webhook-payloads.js';

/** Media types a phone can send. */
export type InboundMediaType = 'image' | 'audio' | 'video' | 'document' | 'sticker';

/** Replying to a specific business message (WhatsApp's swipe-to-reply, or a tap). */
interface Reply {
  context?: { id: string };
}

/** One thing a phone sends; shapes follow Meta's inbound objects. */
export type PhoneMessageInput =
  | ({ type: 'text'; text: string } & Reply)
  | ({ type: 'button_reply'; button_reply: { id: string; title?: string } } & Reply)
  | ({
      type: 'list_reply';
      list_reply: { id: string; title?: string; description?: string };
    } & Reply)
  | ({ type: 'button'; button: { payload?: string; text?: string } } & Reply)
  | ({
      type: InboundMediaType;
      media?: {
        /** The file; a small valid placeholder of the right kind when omitted. */
        data?: Uint8Array | string;
        mime_type?: string;
        caption?: string;
        filename?: string;
        /** Audio only: a voice note recorded in WhatsApp. */
        voice?: boolean;
        /** Sticker only. */
        animated?: boolean;
      };
    } & Reply)
  | {
      type: 'location';
      location: {
        latitude: number;
        longitude: number;
        name?: string;
        address?: string;
        url?: string;
      };
    }
  | { type: 'contacts'; contacts: Record<string, unknown>[] }
  | { type: 'reaction'; reaction: { message_id: string; emoji: string } }
  | { type: 'unsupported' };

/** Raised for inputs a real phone could not produce (e.g. tapping a button nobody sent). */
export class PhoneInputError extends Error {}

interface BuildContext {
  phone: Phone;
  /** How Meta names the sender: `from` unless the number is withheld, `from_user_id` if any. */
  sender: { waId?: string; userId?: string };
  id: string;
  timestamp: string;
  businessNumber: string;
  storeMedia: (
    type: InboundMediaType,
    data: Buffer | undefined,
    mimeType: string | undefined,
    filename?: string,
  ) => StoredMedia;
  /** Fills wa_id of shared contact cards whose number is on WhatsApp. */
  waIdOf: (number: string) => string | undefined;
}

/** Builds the webhook's message object for one input. */
export function buildInboundMessage(
  input: PhoneMessageInput,
  ctx: BuildContext,
): Record<string, unknown> {
  const message: Record<string, unknown> = {
    ...(ctx.sender.waId === undefined ? {} : { from: ctx.sender.waId }),
    ...(ctx.sender.userId === undefined ? {} : { from_user_id: ctx.sender.userId }),
    id: ctx.id,
    timestamp: ctx.timestamp,
    type: input.type === 'button_reply' || input.type === 'list_reply' ? 'interactive' : input.type,
  };
  const context = (id: string | undefined) => {
    if (id !== undefined) message.context = { from: ctx.businessNumber, id };
  };
  switch (input.type) {
    case 'text':
      if (typeof input.text !== 'string' || input.text === '')
        throw new PhoneInputError('text is empty');
      context(input.context?.id);
      message.text = { body: input.text };
      break;
    case 'button_reply': {
      const { target, button } = findReplyButton(
        ctx.phone,
        input.button_reply.id,
        input.context?.id,
      );
      context(target.id);
      message.interactive = {
        type: 'button_reply',
        button_reply: {
          id: input.button_reply.id,
          title: input.button_reply.title ?? button.title,
        },
      };
      break;
    }
    case 'list_reply': {
      const { target, row } = findListRow(ctx.phone, input.list_reply.id, input.context?.id);
      context(target.id);
      const reply: Record<string, unknown> = {
        id: row.id,
        title: input.list_reply.title ?? row.title,
      };
      const description = input.list_reply.description ?? row.description;
      if (description !== undefined) reply.description = description;
      message.interactive = { type: 'list_reply', list_reply: reply };
      break;
    }
    case 'button': {
      const { target, button } = findQuickReply(ctx.phone, input.button, input.context?.id);
      context(target.id);
      message.button = {
        payload: input.button.payload ?? button.payload,
        text: input.button.text ?? button.text,
      };
      break;
    }
    case 'image':
    case 'audio':
    case 'video':
    case 'document':
    case 'sticker': {
      context(input.context?.id);
      message[input.type] = mediaObject(input.type, input.media ?? {}, ctx);
      break;
    }
    case 'location':
      message.location = orderedLocation(input.location);
      break;
    case 'contacts':
      if (!Array.isArray(input.contacts) || input.contacts.length === 0) {
        throw new PhoneInputError('contacts needs at least one card');
      }
      message.contacts = input.contacts.map((card) => withWaIds(card, ctx.waIdOf));
      break;
    case 'reaction':
      message.reaction = { message_id: input.reaction.message_id, emoji: input.reaction.emoji };
      break;
    case 'unsupported':
      message.errors = unsupportedErrors();
      break;
    default:
      throw new PhoneInputError(`Unknown input type: ${(input as { type: string }).type}`);
  }
  return message;
}

function mediaObject(
  type: InboundMediaType,
  media: NonNullable<Extract<PhoneMessageInput, { type: InboundMediaType }>['media']>,
  ctx: BuildContext,
): Record<string, unknown> {
  const data = media.data === undefined ? undefined : Buffer.from(media.data);
  const stored = ctx.storeMedia(type, data, media.mime_type, media.filename);
  // Key order as in Meta's payloads: caption, filename, mime_type, sha256, id, then flags.
  const object: Record<string, unknown> = {};
  if (media.caption !== undefined && type !== 'audio' && type !== 'sticker')
    object.caption = media.caption;
  if (type === 'document') object.filename = media.filename ?? stored.filename ?? 'document.pdf';
  object.mime_type = stored.mimeType;
  object.sha256 = stored.sha256;
  object.id = stored.id;
  if (type === 'audio') object.voice = media.voice ?? false;
  if (type === 'sticker') object.animated = media.animated ?? false;
  return object;
}

function orderedLocation(location: Extract<PhoneMessageInput, { type: 'location' }>['location']) {
  if (!Number.isFinite(location?.latitude) || !Number.isFinite(location?.longitude)) {
    throw new PhoneInputError('location needs numeric latitude and longitude');
  }
  const object: Record<string, unknown> = {};
  if (location.address !== undefined) object.address = location.address;
  object.latitude = location.latitude;
  object.longitude = location.longitude;
  if (location.name !== undefined) object.name = location.name;
  if (location.url !== undefined) object.url = location.url;
  return object;
}

function withWaIds(card: Record<string, unknown>, waIdOf: (n: string) => string | undefined) {
  const copy = structuredClone(card);
  if (Array.isArray(copy.phones)) {
    copy.phones = (copy.phones as Record<string, unknown>[]).map((entry) => {
      const waId =
        entry.wa_id ?? (typeof entry.phone === 'string' ? waIdOf(entry.phone) : undefined);
      // Meta writes phone, wa_id, type in that order.
      const { phone, wa_id: _ignored, ...rest } = entry;
      return { phone, ...(waId === undefined ? {} : { wa_id: waId }), ...rest };
    });
  }
  return copy;
}

/** Business messages the phone has on screen, newest first. */
function visible(phone: Phone, contextId: string | undefined): BusinessMessage[] {
  const shown = phone.received
    .filter((m) => m.status !== 'failed' && m.status !== 'accepted')
    .reverse();
  if (contextId === undefined) return shown;
  const target = shown.find((m) => m.id === contextId);
  if (!target)
    throw new PhoneInputError(`The phone has no delivered business message ${contextId}`);
  return [target];
}

type Obj = Record<string, unknown>;

function interactiveOf(message: BusinessMessage): Obj | undefined {
  return message.type === 'interactive' ? (message.payload.interactive as Obj) : undefined;
}

function findReplyButton(phone: Phone, id: string, contextId?: string) {
  for (const target of visible(phone, contextId)) {
    const interactive = interactiveOf(target);
    if (interactive?.type !== 'button') continue;
    const buttons =
      ((interactive.action as Obj).buttons as { reply: { id: string; title: string } }[]) ?? [];
    const button = buttons.find((b) => b.reply.id === id)?.reply;
    if (button) return { target, button };
  }
  throw new PhoneInputError(`No delivered message has a reply button with id ${id}`);
}

function findListRow(phone: Phone, id: string, contextId?: string) {
  for (const target of visible(phone, contextId)) {
    const interactive = interactiveOf(target);
    if (interactive?.type !== 'list') continue;
    const sections =
      ((interactive.action as Obj).sections as {
        rows: { id: string; title: string; description?: string }[];
      }[]) ?? [];
    const row = sections.flatMap((s) => s.rows).find((r) => r.id === id);
    if (row) return { target, row };
  }
  throw new PhoneInputError(`No delivered message has a list row with id ${id}`);
}

function findQuickReply(
  phone: Phone,
  wanted: { payload?: string; text?: string },
  contextId?: string,
) {
  for (const target of visible(phone, contextId)) {
    const button = target.template?.buttons.find(
      (b) =>
        b.type === 'QUICK_REPLY' &&
        (wanted.text === undefined || b.text === wanted.text) &&
        (wanted.payload === undefined || b.payload === wanted.payload),
    );
    if (button)
      return { target, button: { text: button.text, payload: button.payload ?? button.text } };
  }
  throw new PhoneInputError('No delivered template has that quick-reply button');
}
