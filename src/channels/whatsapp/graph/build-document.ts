/** Documents sent by link (an agreement PDF): Meta fetches the file from the link itself. */
import type { DocumentMessage } from '../outbound-message.js';
import { checkLength } from './check-limit.js';
import type { ClientDocumentContent } from './graph-types.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';
import { WHATSAPP_LIMITS as L } from './whatsapp-limits.js';

/** Builds a document message; the link must be http(s) so Meta can fetch it. */
export function buildDocumentContent(message: DocumentMessage): ClientDocumentContent {
  if (!isHttpUrl(message.link)) {
    throw new InvalidOutboundMessageError(
      'document.link.protocol',
      'The document link must be an https:// (or http://) URL that Meta can download.',
    );
  }
  const document: ClientDocumentContent['document'] = {
    link: message.link,
    filename: checkLength(
      'document.filename',
      'The document file name',
      message.filename,
      L.documentFilename,
    ),
  };
  if (message.caption !== undefined && message.caption.trim() !== '') {
    document.caption = checkLength(
      'document.caption',
      'The document caption',
      message.caption,
      L.documentCaption,
    );
  }
  return { type: 'document', document };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
