/** One entry point from Meedi8's message model to Graph send bodies. */
import type { OutboundWhatsApp } from '../outbound-message.js';
import { buildButtonsContent } from './build-buttons.js';
import { buildDocumentContent } from './build-document.js';
import { buildListContent } from './build-list.js';
import { buildTemplateContent } from './build-template.js';
import { buildTextContents } from './build-text.js';
import type { ClientMessage, ClientMessageContent, ClientRecipient } from './graph-types.js';

/** The contents for a message: several for a long text, otherwise one. Throws when invalid. */
export function buildMessageContents(message: OutboundWhatsApp): ClientMessageContent[] {
  switch (message.kind) {
    case 'text':
      return buildTextContents(message);
    case 'template':
      return [buildTemplateContent(message)];
    case 'buttons':
      return [buildButtonsContent(message)];
    case 'list':
      return [buildListContent(message)];
    case 'document':
      return [buildDocumentContent(message)];
  }
}

/**
 * Complete send bodies for one recipient: `to` in digits (a string, as from
 * `toWhatsAppRecipient`), or an address from `addressOf` (`to`, or `recipient` for a user id).
 */
export function buildClientMessages(
  to: string | ClientRecipient,
  message: OutboundWhatsApp,
): ClientMessage[] {
  const address = typeof to === 'string' ? { to } : to;
  return buildMessageContents(message).map(
    (content) =>
      ({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        ...address,
        ...content,
      }) as ClientMessage,
  );
}
