/**
 * The commitment data Claude drafts from, and the check of its draft against that data. The
 * offline facilitator's tracking (offers, answers, counter-offers, change requests) gives the
 * commitments both people accepted; a draft that drops one, or changes a time, day, date or
 * amount in it, gets the tracked line restored before anyone sees the draft.
 */

import type { AgreementCommitment, AgreementDraft, DraftAgreementRequest } from '../mediator.js';
import { trackedCommitments } from '../offline/agreement.js';
import { isAmendmentLine } from '../offline/change-requests.js';
import { findDetails, mentions } from '../offline/details.js';

/** Relative dates the model may rightly turn into calendar dates ("next week" -> "10 March"). */
const RELATIVE = /^(?:this|next) (?:week|weekend|month)$|^(?:tonight|tomorrow|today)$/i;

/** The accepted commitments to give the model, with change requests already applied. */
export function commitmentData(request: DraftAgreementRequest): AgreementCommitment[] {
  return trackedCommitments(request).commitments.filter((c) => !isAmendmentLine(c.text));
}

/** Renders the tracked data for the prompt; every line is a JSON string like the transcript. */
export function renderCommitmentData(
  request: DraftAgreementRequest,
  label: (participantId: string | null) => string,
): string {
  const lines = commitmentData(request).map(
    (c) =>
      `- ${c.participantId === null ? 'both' : label(c.participantId)}: ${JSON.stringify(c.text)}`,
  );
  const changes = (request.changeRequests ?? []).map(
    (c) => `- ${label(c.participantId)} asked: ${JSON.stringify(c.note)}`,
  );
  return [
    '<tracked_commitments>',
    ...(lines.length > 0 ? lines : ['(none accepted yet)']),
    '</tracked_commitments>',
    ...(request.previousDraft
      ? ['<previous_draft>', JSON.stringify(request.previousDraft.text), '</previous_draft>']
      : []),
    ...(changes.length > 0 ? ['<change_requests>', ...changes, '</change_requests>'] : []),
  ].join('\n');
}

/** The details a line must keep: times, days, dates and amounts, less relative dates. */
function checkedDetails(text: string): string[] {
  return findDetails(text)
    .map((d) => d.text)
    .filter((d) => !RELATIVE.test(d));
}

/** True when some line of the draft carries every checked detail of the tracked commitment. */
function kept(draft: AgreementDraft, tracked: AgreementCommitment): boolean {
  const details = checkedDetails(tracked.text);
  return draft.commitments.some(
    (c) =>
      (tracked.participantId === null ||
        c.participantId === null ||
        c.participantId === tracked.participantId) &&
      details.every((d) => mentions(c.text, d)),
  );
}

/** Tracked commitments a change request may have touched in a way the tracking could not read. */
function touchedByUnreadChanges(
  request: DraftAgreementRequest,
  tracked: AgreementCommitment,
): boolean {
  const { outcomes } = trackedCommitments(request);
  const unread = outcomes.filter((o) => o.kind === 'amendment').map((o) => o.what.toLowerCase());
  const words = tracked.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return unread.some((note) => words.some((w) => note.includes(w)));
}

/**
 * Checks the model's draft against the tracked commitments: each one it dropped or changed is
 * restored, in the commitments and in a marked section of the text. Returns the draft to show
 * and how many lines were restored.
 */
export function checkDraft(
  draft: AgreementDraft,
  request: DraftAgreementRequest,
): { draft: AgreementDraft; restored: number } {
  const missing = commitmentData(request).filter(
    (c) => !kept(draft, c) && !touchedByUnreadChanges(request, c),
  );
  if (missing.length === 0) return { draft, restored: 0 };
  const section = [
    '',
    'Also agreed in the conversation (restored: the draft had left these out or changed a detail):',
    ...missing.map((c) => `- ${c.text}`),
  ].join('\n');
  return {
    draft: {
      ...draft,
      commitments: [...draft.commitments, ...missing],
      text: `${draft.text.trimEnd()}\n${section}`,
    },
    restored: missing.length,
  };
}
