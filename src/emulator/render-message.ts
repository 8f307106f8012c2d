/**
 * Both sides of a chat as the sandbox page draws them: what the phone's screen would show for
 * each message (filled template text, tappable buttons and list rows, links, media captions).
 */
import type { BusinessMessage, PhoneMessage } from './phone-book.js';
import type { PhoneView } from './state.js';

/** What a chat bubble shows. */
export interface MessageDisplay {
  /** A template's language code (`pt_BR`), as the phone received it. */
  language?: string;
  header?: string;
  text?: string;
  footer?: string;
  /** Interactive reply buttons (tappable). */
  replyButtons?: { id: string; title: string }[];
  /** Interactive list (rows tappable). */
  list?: {
    button: string;
    sections: { title?: string; rows: { id: string; title: string; description?: string }[] }[];
  };
  /** Template quick-reply buttons (tappable). */
  quickReplies?: { text: string; payload: string }[];
  /** URL buttons and call-to-action links. */
  links?: { text: string; url: string }[];
  media?: { kind: string; caption?: string; filename?: string; link?: string; mediaId?: string };
  /** A one-line description for types without text (location, contact card, reaction, …). */
  note?: string;
}

/** One bubble of the chat. */
export interface ChatItem {
  from: 'business' | 'phone';
  id: string;
  type: string;
  at: number;
  /** Business messages: accepted, sent, delivered, read or failed. */
  status?: string;
  error?: { code: number; title: string; details: string };
  /** Phone messages: whether the business marked it read. */
  readByBusiness?: boolean;
  /** The message this one answers (context.id / context.message_id). */
  replyTo?: string;
  display: MessageDisplay;
}

type Obj = Record<string, unknown>;

/** The phone's chat, both directions interleaved by time. */
export function chatOf(phone: PhoneView): ChatItem[] {
  const items = [...phone.received.map(businessItem), ...phone.sent.map(phoneItem)];
  return items.sort((a, b) => a.at - b.at);
}

function businessItem(message: BusinessMessage): ChatItem {
  const item: ChatItem = {
    from: 'business',
    id: message.id,
    type: message.type,
    at: message.acceptedAt,
    status: message.status,
    display: businessDisplay(message),
  };
  const replyTo = (message.payload.context as Obj | undefined)?.message_id;
  if (typeof replyTo === 'string') item.replyTo = replyTo;
  if (message.error) {
    item.error = {
      code: message.error.code,
      title: message.error.title,
      details: message.error.error_data.details,
    };
  }
  return item;
}

function businessDisplay(message: BusinessMessage): MessageDisplay {
  const p = message.payload;
  if (message.template) {
    const t = message.template;
    const display: MessageDisplay = { text: t.body, language: t.language };
    if (t.header?.text) display.header = t.header.text;
    else if (t.header)
      display.media = {
        kind: t.header.format.toLowerCase(),
        ...(t.header.link ? { link: t.header.link } : {}),
      };
    if (t.footer) display.footer = t.footer;
    const links = t.buttons.filter((b) => b.url).map((b) => ({ text: b.text, url: b.url ?? '' }));
    if (links.length > 0) display.links = links;
    const quick = t.buttons
      .filter((b) => b.type === 'QUICK_REPLY')
      .map((b) => ({ text: b.text, payload: b.payload ?? b.text }));
    if (quick.length > 0) display.quickReplies = quick;
    return display;
  }
  const content = (p[message.type] ?? {}) as Obj;
  switch (message.type) {
    case 'text':
      return { text: String(content.body ?? '') };
    case 'interactive':
      return interactiveDisplay(content);
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker': {
      const media: NonNullable<MessageDisplay['media']> = { kind: message.type };
      if (typeof content.caption === 'string') media.caption = content.caption;
      if (typeof content.filename === 'string') media.filename = content.filename;
      if (typeof content.link === 'string') media.link = content.link;
      if (typeof content.id === 'string') media.mediaId = content.id;
      return { media };
    }
    case 'location':
      return {
        note: `📍 ${String(content.name ?? '')} ${String(content.address ?? '')} (${String(content.latitude)}, ${String(content.longitude)})`.trim(),
      };
    case 'contacts':
      return { note: `👤 ${contactNames(p.contacts)}` };
    case 'reaction':
      return { note: content.emoji ? `reacted ${String(content.emoji)}` : 'removed a reaction' };
    default:
      return { note: `(${message.type})` };
  }
}

function interactiveDisplay(interactive: Obj): MessageDisplay {
  const display: MessageDisplay = {
    text: String((interactive.body as Obj | undefined)?.text ?? ''),
  };
  const header = interactive.header as Obj | undefined;
  if (header?.type === 'text' && typeof header.text === 'string') display.header = header.text;
  const footer = (interactive.footer as Obj | undefined)?.text;
  if (typeof footer === 'string') display.footer = footer;
  const action = (interactive.action ?? {}) as Obj;
  if (interactive.type === 'button') {
    display.replyButtons = (
      (action.buttons as { reply: { id: string; title: string } }[]) ?? []
    ).map((b) => ({
      id: b.reply.id,
      title: b.reply.title,
    }));
  } else if (interactive.type === 'list') {
    display.list = {
      button: String(action.button ?? ''),
      sections: (action.sections as NonNullable<MessageDisplay['list']>['sections']) ?? [],
    };
  } else if (interactive.type === 'cta_url') {
    const parameters = (action.parameters ?? {}) as Obj;
    display.links = [
      { text: String(parameters.display_text ?? ''), url: String(parameters.url ?? '') },
    ];
  }
  return display;
}

function phoneItem(record: PhoneMessage): ChatItem {
  const m = record.message;
  const item: ChatItem = {
    from: 'phone',
    id: record.id,
    type: record.type,
    at: record.sentAt,
    readByBusiness: record.readByBusiness,
    display: phoneDisplay(m),
  };
  const replyTo = (m.context as Obj | undefined)?.id;
  if (typeof replyTo === 'string') item.replyTo = replyTo;
  return item;
}

function phoneDisplay(m: Obj): MessageDisplay {
  const type = String(m.type);
  const content = (m[type] ?? {}) as Obj;
  switch (type) {
    case 'text':
      return { text: String(content.body ?? '') };
    case 'interactive': {
      const reply = (content.button_reply ?? content.list_reply ?? {}) as Obj;
      return {
        text: String(reply.title ?? ''),
        note: content.type === 'list_reply' ? 'list choice' : 'button tap',
      };
    }
    case 'button':
      return { text: String(content.text ?? ''), note: 'button tap' };
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker': {
      const media: NonNullable<MessageDisplay['media']> = {
        kind: type,
        mediaId: String(content.id),
      };
      if (typeof content.caption === 'string') media.caption = content.caption;
      if (typeof content.filename === 'string') media.filename = content.filename;
      return { media, ...(content.voice ? { note: 'voice note' } : {}) };
    }
    case 'location':
      return {
        note: `📍 ${String(content.name ?? '')} (${String(content.latitude)}, ${String(content.longitude)})`,
      };
    case 'contacts':
      return { note: `👤 ${contactNames(m.contacts)}` };
    case 'reaction':
      return { note: content.emoji ? `reacted ${String(content.emoji)}` : 'removed a reaction' };
    default:
      return { note: `(${type})` };
  }
}

function contactNames(contacts: unknown): string {
  if (!Array.isArray(contacts)) return '';
  return contacts
    .map((c) => String(((c as Obj).name as Obj | undefined)?.formatted_name ?? ''))
    .join(', ');
}
