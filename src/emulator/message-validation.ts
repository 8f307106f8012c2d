/**
 * Meta's checks on `POST /{phone_number_id}/messages` bodies for every message type, with the
 * codes and wording Meta answers with. Template-specific checks live in template-send.ts.
 */
import { badRequest, GraphError, invalidValue, missingParameter, tooLong } from './graph-errors.js';

/** Message types the send endpoint accepts. */
export const SEND_TYPES = [
  'audio',
  'contacts',
  'document',
  'image',
  'interactive',
  'location',
  'reaction',
  'sticker',
  'template',
  'text',
  'video',
] as const;

export type SendType = (typeof SEND_TYPES)[number];

/** The envelope fields of a send, once checked. */
export interface SendEnvelope {
  /** `to` (or `recipient`) exactly as given (Meta echoes it as contacts[0].input). */
  input: string;
  /** `to` as WhatsApp digits (for a send by `recipient`, the digits of the phone holding it). */
  waId: string;
  /** `recipient`: the business-scoped user id of a send addressed by it (Meta 2026). */
  recipientUserId?: string;
  type: SendType;
  /** The id in `context.message_id`, when the business replies to a message. */
  replyTo?: string;
  bizOpaqueCallbackData?: string;
}

type Obj = Record<string, unknown>;

/** Meta's business-scoped user id: country code, a period, up to 128 letters and digits. */
const BUSINESS_USER_ID = /^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$/;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the fields every send shares: messaging_product, recipient, type. */
export function checkEnvelope(body: unknown): SendEnvelope {
  if (!isObj(body)) throw missingParameter('messaging_product');
  if (body.messaging_product === undefined) throw missingParameter('messaging_product');
  if (body.messaging_product !== 'whatsapp') {
    throw new GraphError(400, 100, {
      message: `(#100) Param messaging_product must be one of {WHATSAPP} - got "${String(body.messaging_product)}".`,
    });
  }
  if (body.recipient_type !== undefined && body.recipient_type !== 'individual') {
    throw new GraphError(400, 100, {
      message: `(#100) Param recipient_type must be one of {INDIVIDUAL, GROUP} - got "${String(body.recipient_type)}".`,
    });
  }
  const hasTo = body.to !== undefined && body.to !== '';
  const hasRecipient = body.recipient !== undefined && body.recipient !== '';
  // A send names its user once: by number (`to`) or by business-scoped user id (`recipient`).
  if (hasTo && hasRecipient) {
    throw badRequest(131009, 'Provide either to or recipient, not both.');
  }
  if (!hasTo && !hasRecipient) {
    throw badRequest(131008, 'The parameter to or recipient is required.');
  }
  let waId: string;
  let recipientUserId: string | undefined;
  if (hasRecipient) {
    if (typeof body.recipient !== 'string')
      throw badRequest(100, 'Param recipient must be a string.');
    if (!BUSINESS_USER_ID.test(body.recipient)) {
      throw badRequest(
        100,
        `Invalid parameter: "${body.recipient}" is not a valid business-scoped user id.`,
      );
    }
    recipientUserId = body.recipient;
    waId = body.recipient;
  } else {
    if (typeof body.to !== 'string') throw badRequest(100, 'Param to must be a string.');
    waId = body.to.replace(/[\s()+.-]/g, '');
    if (!/^\d{5,15}$/.test(waId)) {
      throw badRequest(100, `Invalid parameter: "${body.to}" is not a valid phone number.`);
    }
  }
  const type = body.type ?? 'text';
  if (typeof type !== 'string' || !(SEND_TYPES as readonly string[]).includes(type)) {
    throw new GraphError(400, 100, {
      message: `(#100) Param type must be one of {${SEND_TYPES.map((t) => t.toUpperCase()).join(', ')}} - got "${String(type)}".`,
    });
  }
  const envelope: SendEnvelope = {
    input: String(recipientUserId ?? body.to),
    waId,
    type: type as SendType,
    ...(recipientUserId === undefined ? {} : { recipientUserId }),
  };
  if (body.context !== undefined) {
    const id = isObj(body.context) ? body.context.message_id : undefined;
    if (typeof id !== 'string' || id === '') throw missingParameter("context['message_id']");
    envelope.replyTo = id;
  }
  if (typeof body.biz_opaque_callback_data === 'string') {
    if (body.biz_opaque_callback_data.length > 512) throw tooLong('biz_opaque_callback_data', 512);
    envelope.bizOpaqueCallbackData = body.biz_opaque_callback_data;
  }
  if (!isObj(body[type]) && !(type === 'contacts' && Array.isArray(body.contacts))) {
    throw missingParameter(type);
  }
  return envelope;
}

/** Checks the type-specific object of a non-template send. */
export function checkContent(type: Exclude<SendType, 'template'>, body: Obj): void {
  const content = body[type];
  const checks: Record<Exclude<SendType, 'template'>, () => void> = {
    text: () => checkText(content as Obj),
    interactive: () => checkInteractive(content as Obj),
    image: () => checkMedia(type, content as Obj),
    audio: () => checkMedia(type, content as Obj),
    video: () => checkMedia(type, content as Obj),
    document: () => checkMedia(type, content as Obj),
    sticker: () => checkMedia(type, content as Obj),
    location: () => checkLocation(content as Obj),
    contacts: () => checkContacts(content),
    reaction: () => checkReaction(content as Obj),
  };
  checks[type]();
}

function checkText(text: Obj): void {
  if (typeof text.body !== 'string' || text.body === '') throw missingParameter("text['body']");
  if (text.body.length > 4096) throw tooLong("text['body']", 4096);
}

function stringLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function checkInteractive(interactive: Obj): void {
  const kind = interactive.type;
  if (kind === undefined) throw missingParameter("interactive['type']");
  if (!['button', 'list', 'cta_url'].includes(String(kind))) {
    throw new GraphError(400, 100, {
      message: `(#100) Param interactive['type'] must be one of {BUTTON, LIST, CTA_URL, PRODUCT, PRODUCT_LIST, FLOW} - got "${String(kind)}".`,
    });
  }
  const body = interactive.body;
  if (!isObj(body) || typeof body.text !== 'string' || body.text === '') {
    throw missingParameter("interactive['body']['text']");
  }
  const bodyMax = kind === 'list' ? 4096 : 1024;
  if (body.text.length > bodyMax) throw tooLong("interactive['body']['text']", bodyMax);
  if (interactive.header !== undefined) {
    const header = interactive.header as Obj;
    if (!isObj(header) || typeof header.type !== 'string')
      throw missingParameter("interactive['header']['type']");
    if (
      header.type === 'text' &&
      (stringLength(header.text) === 0 || stringLength(header.text) > 60)
    ) {
      throw invalidValue('Header text length invalid. Min length: 1, Max length: 60');
    }
  }
  if (interactive.footer !== undefined) {
    const footer = interactive.footer as Obj;
    if (!isObj(footer) || stringLength(footer.text) === 0 || stringLength(footer.text) > 60) {
      throw invalidValue('Footer text length invalid. Min length: 1, Max length: 60');
    }
  }
  const action = interactive.action;
  if (!isObj(action)) throw missingParameter("interactive['action']");
  if (kind === 'button') checkReplyButtons(action);
  else if (kind === 'list') checkList(action);
  else checkCtaUrl(action);
}

function checkReplyButtons(action: Obj): void {
  const buttons = action.buttons;
  if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) {
    throw invalidValue('Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3');
  }
  const ids = new Set<string>();
  const titles = new Set<string>();
  for (const button of buttons) {
    const reply =
      isObj(button) && button.type === 'reply' && isObj(button.reply) ? button.reply : null;
    if (!reply) throw missingParameter("interactive['action']['buttons'][0]['reply']");
    const { id, title } = reply;
    if (typeof title !== 'string' || title.length < 1 || title.length > 20) {
      throw invalidValue('Button title length invalid. Min length: 1, Max length: 20');
    }
    if (typeof id !== 'string' || id.length < 1 || id.length > 256) {
      throw invalidValue('Button id length invalid. Min length: 1, Max length: 256');
    }
    if (ids.has(id)) throw invalidValue('Duplicate button id');
    if (titles.has(title)) throw invalidValue('Duplicate button title');
    ids.add(id);
    titles.add(title);
  }
}

function checkList(action: Obj): void {
  const label = action.button;
  if (typeof label !== 'string' || label.length < 1 || label.length > 20) {
    throw invalidValue('Button label length invalid. Min length: 1, Max length: 20');
  }
  const sections = action.sections;
  if (!Array.isArray(sections) || sections.length < 1 || sections.length > 10) {
    throw invalidValue('Invalid sections count. Min allowed sections: 1, Max allowed sections: 10');
  }
  let rowCount = 0;
  const ids = new Set<string>();
  for (const section of sections) {
    if (!isObj(section) || !Array.isArray(section.rows) || section.rows.length === 0) {
      throw missingParameter("interactive['action']['sections'][0]['rows']");
    }
    if (sections.length > 1 && stringLength(section.title) === 0) {
      throw missingParameter("interactive['action']['sections'][0]['title']");
    }
    if (stringLength(section.title) > 24) {
      throw invalidValue('Section title length invalid. Min length: 1, Max length: 24');
    }
    for (const row of section.rows) {
      rowCount++;
      if (!isObj(row))
        throw missingParameter("interactive['action']['sections'][0]['rows'][0]['id']");
      if (typeof row.id !== 'string' || row.id.length < 1 || row.id.length > 200) {
        throw invalidValue('Row id length invalid. Min length: 1, Max length: 200');
      }
      if (ids.has(row.id)) throw invalidValue('Duplicate row id');
      ids.add(row.id);
      if (typeof row.title !== 'string' || row.title.length < 1 || row.title.length > 24) {
        throw invalidValue('Row title length invalid. Min length: 1, Max length: 24');
      }
      if (row.description !== undefined && stringLength(row.description) > 72) {
        throw invalidValue('Row description length invalid. Max length: 72');
      }
    }
  }
  if (rowCount > 10) throw invalidValue('Total row count exceed max allowed count: 10');
}

function checkCtaUrl(action: Obj): void {
  const parameters = action.parameters;
  if (!isObj(parameters)) throw missingParameter("interactive['action']['parameters']");
  const { display_text: text, url } = parameters;
  if (typeof text !== 'string' || text.length < 1 || text.length > 20) {
    throw invalidValue('Display text length invalid. Min length: 1, Max length: 20');
  }
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    throw invalidValue('URL is invalid');
  }
}

function checkMedia(type: string, media: Obj): void {
  const hasLink = typeof media.link === 'string' && media.link !== '';
  const hasId = typeof media.id === 'string' && media.id !== '';
  if (!hasLink && !hasId) throw missingParameter(`${type}['link'] or ${type}['id']`);
  if (hasLink && hasId)
    throw invalidValue(`Only one of ${type}['link'] or ${type}['id'] may be given`);
  if (hasLink && !/^https?:\/\//.test(media.link as string)) {
    throw invalidValue(`${type}['link'] must be an http(s) URL`);
  }
  if (media.caption !== undefined) {
    if (type === 'audio' || type === 'sticker') {
      throw invalidValue(`${type} messages cannot have a caption`);
    }
    if (stringLength(media.caption) > 1024) throw tooLong(`${type}['caption']`, 1024);
  }
}

function checkLocation(location: Obj): void {
  for (const field of ['latitude', 'longitude'] as const) {
    const value = location[field];
    if (value === undefined) throw missingParameter(`location['${field}']`);
    if (
      typeof value !== 'number' &&
      !(typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    ) {
      throw invalidValue(`location['${field}'] must be a number`);
    }
  }
}

function checkContacts(contacts: unknown): void {
  if (!Array.isArray(contacts) || contacts.length === 0) throw missingParameter('contacts');
  for (const contact of contacts) {
    const name = isObj(contact) && isObj(contact.name) ? contact.name : null;
    if (!name || typeof name.formatted_name !== 'string' || name.formatted_name === '') {
      throw missingParameter("contacts[0]['name']['formatted_name']");
    }
  }
}

function checkReaction(reaction: Obj): void {
  if (typeof reaction.message_id !== 'string' || reaction.message_id === '') {
    throw missingParameter("reaction['message_id']");
  }
  // An empty emoji removes an earlier reaction, so only its presence is required.
  if (typeof reaction.emoji !== 'string') throw missingParameter("reaction['emoji']");
}
