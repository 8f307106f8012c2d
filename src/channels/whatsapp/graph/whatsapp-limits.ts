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
