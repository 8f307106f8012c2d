/** The agreement as a PDF for one participant: the web room's download and the agreement link's. */
import type { Db } from '../../storage/database.js';
import type { Actor } from '../accounts/tokens.js';
import { localeOfUser } from '../accounts/user-locale.js';
import { agreementPdfFilename, renderAgreementPdf } from './agreement-pdf.js';
import { loadAgreementRecord } from './agreement-record.js';
import { loadResolution } from './load-resolution.js';

export async function resolutionPdf(
  db: Db,
  actor: Actor,
  roomId: string,
  publicUrl: string,
): Promise<{ pdf: Buffer; filename: string }> {
  const { room, agreement, resolvedAt, participants, acceptedDraft } = await loadResolution(
    db,
    actor,
    roomId,
  );
  // Each person's copy is in their own language.
  const pdf = await renderAgreementPdf({
    locale: await localeOfUser(db, actor.userId),
    title: room.title,
    topic: room.topic,
    resolvedAt,
    participants,
    summary: acceptedDraft?.summary ?? null,
    text: agreement.text,
    publicUrl,
    ...(await loadAgreementRecord(db, room.id)),
  });
  return { pdf, filename: agreementPdfFilename(resolvedAt) };
}
