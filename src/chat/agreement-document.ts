/**
 * The agreement as a PDF document message in the chat: rendered, uploaded to the Graph API's
 * media store, then sent by media id through the outbound pipeline. A job of its own, so an
 * upload that fails is retried without holding up the rest of the chat.
 */
import { Type } from '@sinclair/typebox';
import { currentContactKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import { agreementInLocale } from '../domain/mediation/agreement-drafts.js';
import {
  agreementPdfFilename,
  confirmationLine,
  renderAgreementPdf,
} from '../domain/mediation/agreement-pdf.js';
import { type AgreementRecord, loadAgreementRecord } from '../domain/mediation/agreement-record.js';
import type { Locale } from '../i18n/locales.js';
import { enqueueJob } from '../jobs/enqueue.js';
import { defineJob } from '../jobs/job-definition.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import { t } from './chat-texts.js';

/** Queues the document for one chat (inside the caller's transaction). */
export async function scheduleAgreementDocument(
  trx: Db,
  waId: string,
  roomId: string,
): Promise<void> {
  await enqueueJob(
    trx,
    agreementDocumentJob,
    { wa_id: waId, room_id: roomId },
    { jobKey: `agreement-document:${waId}:${roomId}` },
  );
}

export const agreementDocumentJob = defineJob({
  name: 'whatsapp.agreement_document',
  payload: Type.Object({ wa_id: Type.String(), room_id: Type.String() }),
  maxAttempts: 10,
  async handle(payload, services) {
    const waId = await currentContactKey(services.db, payload.wa_id);
    await sendAgreementDocument(services, waId, payload.room_id);
  },
});

async function sendAgreementDocument(
  services: Services,
  waId: string,
  roomId: string,
): Promise<void> {
  const { db } = services;
  const room = await db.selectFrom('rooms').selectAll().where('id', '=', roomId).executeTakeFirst();
  const agreement = await db
    .selectFrom('agreements')
    .select('text')
    .where('room_id', '=', roomId)
    .executeTakeFirst();
  if (!room?.resolved_at || !agreement) return;
  const participants = await db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select('users.name')
    .where('participants.room_id', '=', roomId)
    .orderBy('participants.joined_at')
    .execute();
  const draft = await db
    .selectFrom('agreement_drafts')
    .select(['text', 'summary', 'versions'])
    .where('room_id', '=', roomId)
    .where('status', '=', 'accepted')
    .executeTakeFirst();
  const filename = agreementPdfFilename(room.resolved_at);
  const record = await loadAgreementRecord(db, roomId);
  // The document is made for the person this chat belongs to, in their language.
  const chat = await db
    .selectFrom('whatsapp_conversations')
    .select('user_id')
    .where('wa_id', '=', waId)
    .executeTakeFirst();
  const locale = await localeOfUser(db, chat?.user_id);
  const read = agreementInLocale(agreement.text, draft, locale);
  const pdf = await renderAgreementPdf({
    locale,
    title: room.title,
    topic: room.topic,
    resolvedAt: room.resolved_at,
    participants,
    summary: read.summary,
    text: read.text,
    publicUrl: services.config.publicUrl,
    ...record,
  });
  const mediaId = await services.whatsapp.client.uploadMedia({
    bytes: pdf,
    mimeType: 'application/pdf',
    filename,
  });
  await queueWhatsAppMessage(db, {
    waId,
    message: {
      kind: 'document',
      mediaId,
      filename,
      caption: agreementCaption(locale, record),
    },
    reason: 'agreement_document',
    roomId,
  });
}

/** "Your agreement. Sarah confirmed it on 2 December 2026 at 13:05 UTC; John …", in `locale`. */
export function agreementCaption(locale: Locale, record: AgreementRecord): string {
  if (record.confirmations.length === 0) return t(locale, 'document.caption');
  const confirmations = record.confirmations.map((c) => confirmationLine(locale, c)).join('; ');
  return t(locale, 'document.caption.confirmed', { confirmations });
}
