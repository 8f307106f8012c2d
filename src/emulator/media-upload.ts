/**
 * `POST /{phone_number_id}/media` as Meta checks it: a multipart form with
 * `messaging_product=whatsapp`, a `type` (the MIME type) and the `file`; only the supported
 * media types, each up to its size limit (documents 100 MB, images 5 MB, audio and video 16 MB,
 * stickers 500 KB). The emulator keeps its own copy of these facts, apart from Meedi8's.
 */
import { GraphError, missingParameter } from './graph-errors.js';

const MB = 1024 * 1024;

/** Supported upload types and the largest file of each, in bytes. */
export const UPLOAD_LIMITS: Readonly<Record<string, number>> = {
  'text/plain': 100 * MB,
  'application/pdf': 100 * MB,
  'application/msword': 100 * MB,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 100 * MB,
  'application/vnd.ms-excel': 100 * MB,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 100 * MB,
  'application/vnd.ms-powerpoint': 100 * MB,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 100 * MB,
  'image/jpeg': 5 * MB,
  'image/png': 5 * MB,
  'image/webp': 500 * 1024,
  'audio/aac': 16 * MB,
  'audio/amr': 16 * MB,
  'audio/mpeg': 16 * MB,
  'audio/mp4': 16 * MB,
  'audio/ogg': 16 * MB,
  'video/mp4': 16 * MB,
  'video/3gp': 16 * MB,
  'video/3gpp': 16 * MB,
};

/** The largest request the upload endpoint reads: the largest file plus the form around it. */
export const UPLOAD_BODY_LIMIT = 100 * MB + MB;

/** A checked upload. */
export interface MediaUpload {
  bytes: Buffer;
  mimeType: string;
  filename?: string;
}

/** Reads and checks a multipart upload body; throws Meta-shaped errors. */
export async function readMediaUpload(
  body: unknown,
  contentType: string | undefined,
): Promise<MediaUpload> {
  if (!Buffer.isBuffer(body) || !contentType?.toLowerCase().startsWith('multipart/form-data')) {
    throw new GraphError(400, 100, {
      message:
        '(#100) Upload the file as multipart/form-data with the fields messaging_product, type and file.',
    });
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new GraphError(400, 100, { message: '(#100) The multipart body could not be read.' });
  }
  const product = form.get('messaging_product');
  if (product === null) throw missingParameter('messaging_product');
  if (product !== 'whatsapp') {
    throw new GraphError(400, 100, {
      message: `(#100) Param messaging_product must be one of {WHATSAPP} - got "${String(product)}".`,
    });
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') throw missingParameter('file');
  const declared = form.get('type');
  if (typeof declared !== 'string' || declared === '') throw missingParameter('type');
  const mimeType = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  const limit = UPLOAD_LIMITS[mimeType];
  if (limit === undefined) {
    throw new GraphError(400, 100, {
      message: `(#100) Param type must be one of {${Object.keys(UPLOAD_LIMITS).join(', ')}} - got "${declared}".`,
    });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw missingParameter('file');
  if (bytes.length > limit) {
    throw new GraphError(400, 131053, {
      details: `Media file size too big. Max file size we currently support for ${mimeType}: ${limit} bytes; got ${bytes.length} bytes.`,
    });
  }
  const upload: MediaUpload = { bytes, mimeType };
  if (file instanceof File && file.name) upload.filename = file.name;
  return upload;
}
