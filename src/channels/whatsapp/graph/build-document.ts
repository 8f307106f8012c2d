/** Documents (an agreement PDF): by link, which Meta fetches itself, or by an uploaded media id. */
import type { DocumentMessage } from '../outbound-message.js';
import { checkLength } from './check-limit.js';
import type { ClientDocumentContent } from './graph-types.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';
import { WHATSAPP_LIMITS as L } from './whatsapp-limits.js';

/** Builds a document message: exactly one of an http(s) link or a media id, a file name, a caption. */
export function buildDocumentContent(message: DocumentMessage): ClientDocumentContent {
  const filename = checkLength(
    'document.filename',
    'The document file name',
    message.filename,
    L.documentFilename,
  );
  const document: ClientDocumentContent['document'] = message.mediaId
    ? { id: checkMediaId(message.mediaId), filename }
    : { link: checkLink(message.link), filename };
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

function checkLink(link: string | undefined): string {
  if (link && isHttpUrl(link)) return link;
  throw new InvalidOutboundMessageError(
    'document.link.protocol',
    'The document link must be an https:// (or http://) URL that Meta can download.',
  );
}

// Meta's media ids are numbers written as strings.
function checkMediaId(id: string): string {
  if (/^\d{1,32}$/.test(id)) return id;
  throw new InvalidOutboundMessageError(
    'document.id.format',
    'The document media id must be the numeric id that uploadMedia returned.',
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
