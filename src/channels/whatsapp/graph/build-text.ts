/** Free-form text: any length in, one or more sends of at most 4,096 characters out. */
import type { TextMessage } from '../outbound-message.js';
import type { ClientTextContent } from './graph-types.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';
import { splitText } from './split-text.js';
import { WHATSAPP_LIMITS } from './whatsapp-limits.js';

/** Builds the text sends for a message, split in order when longer than WhatsApp allows. */
export function buildTextContents(message: TextMessage): ClientTextContent[] {
  if (message.body.trim() === '') {
    throw new InvalidOutboundMessageError('text.body.empty', 'A text message needs a body.');
  }
  return splitText(message.body, WHATSAPP_LIMITS.textBody).map((body) => ({
    type: 'text',
    text: message.previewUrl ? { body, preview_url: true } : { body },
  }));
}
