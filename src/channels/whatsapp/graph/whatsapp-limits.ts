/**
 * Meta's documented limits on what a WhatsApp message may hold, in one place so builders, tests
 * and templates agree. Lengths are counted in UTF-16 code units (`string.length`), which is never
 * less than Meta's character count, so a message that passes here is not rejected there.
 */

/** Limits of the Cloud API send endpoint, as Meta documents them. */
export const WHATSAPP_LIMITS = {
  textBody: 4096,
  interactiveBody: 1024,
  headerText: 60,
  footerText: 60,
  replyButtonsMin: 1,
  replyButtonsMax: 3,
  replyButtonTitle: 20,
  replyButtonId: 256,
  listRowsMax: 10,
  listSectionsMax: 10,
  listSectionTitle: 24,
  listRowId: 200,
  listRowTitle: 24,
  listRowDescription: 72,
  listButtonLabel: 20,
  documentCaption: 1024,
  documentFilename: 240,
  templateBody: 1024,
  templateFooter: 60,
  templateUrlButtonText: 25,
  templateUrl: 2000,
} as const;

const MB = 1024 * 1024;

/**
 * What `POST /{phone_number_id}/media` accepts: MIME type → largest file in bytes (Meta's
 * "supported media types": documents 100 MB, images 5 MB, audio and video 16 MB, stickers 500 KB).
 */
export const MEDIA_UPLOAD_LIMITS: Readonly<Record<string, number>> = {
  'application/pdf': 100 * MB,
  'text/plain': 100 * MB,
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
  'video/3gpp': 16 * MB,
};
