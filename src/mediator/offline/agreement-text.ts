/**
 * The written agreement as plain text, the way both people will read and confirm it in the
 * chat: a title line, the parties, numbered commitments and when to review it.
 */

import type { AgreementCommitment, DraftAgreementRequest } from '../mediator.js';
import { isAmendmentLine } from './change-requests.js';
import { recordNames } from './participants.js';

/** Review timing is a suggestion, not something either person said, so the text says so. */
const REVIEW_SUGGESTION =
  'in two weeks (a suggested date; change it if another time suits you better)';

/** Writes the plain-text agreement: title, parties, numbered commitments, review line. */
export function agreementText(
  request: DraftAgreementRequest,
  all: AgreementCommitment[],
  vague: AgreementCommitment[],
  unanswered: AgreementCommitment[] = [],
): string {
  const commitments = all.filter((c) => !isAmendmentLine(c.text));
  const amendments = all.filter((c) => isAmendmentLine(c.text));
  const names = recordNames(request.participants);
  const title = request.room.title.trim() || request.room.topic?.trim() || '';
  const heading = commitments.length > 0 ? 'Meedi8 agreement' : 'Draft agreement';
  const lines = [title ? `${heading}: ${title}` : heading, `Between: ${names}`];
  const topic = request.room.topic?.trim();
  if (topic && topic !== title) lines.push(`About: ${topic}`);
  lines.push('');
  if (commitments.length > 0) {
    lines.push(`${names} agree that:`);
    for (const [i, c] of commitments.entries()) lines.push(`${i + 1}. ${c.text}`);
  } else {
    lines.push(
      'No specific commitments have been offered yet, so nothing is written down as agreed.',
    );
  }
  if (amendments.length > 0) {
    lines.push('', 'Proposed amendments (part of the agreement only if both confirm this draft):');
    for (const c of amendments) lines.push(`- ${c.text}`);
  }
  if (unanswered.length > 0) {
    lines.push(
      '',
      'Offered, but not yet answered by the other person (not part of this agreement unless a change adds them):',
    );
    for (const c of unanswered) lines.push(`- ${c.text}`);
  }
  if (vague.length > 0) {
    lines.push('', 'Still to be made specific (who does what, and when):');
    for (const c of vague) lines.push(`- ${c.text}`);
  }
  if (commitments.length === 0) {
    lines.push('', 'Next step: each of you names one specific thing you will do, and when.');
  }
  lines.push(
    '',
    `Review: ${names} will look at this together again ${REVIEW_SUGGESTION} and adjust anything that isn't working.`,
  );
  return lines.join('\n');
}
