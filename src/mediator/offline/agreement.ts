/**
 * Drafts the written agreement from what the participants actually offered and accepted.
 * It never invents a commitment: when nothing specific was offered, the draft says so and
 * asks each person for one concrete action instead.
 */

import type {
  AgreementCommitment,
  AgreementDraft,
  DraftAgreementRequest,
  MediatorResponse,
} from '../mediator.js';
import { agreementText } from './agreement-text.js';
import { analyseConversation, type TrackedProposal } from './conversation-state.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { findTheme } from './needs.js';
import { roomSubject } from './opening.js';
import { addressing, bothNames, recordNames } from './participants.js';
import { commitmentText } from './proposal-phrasing.js';
import { isVague } from './proposals.js';
import { lastMediatorLine, participantText } from './transcript.js';

/** Proposals that stand: not turned down, and requests only once the other person said yes. */
function standingProposals(proposals: TrackedProposal[]): TrackedProposal[] {
  return proposals.filter(
    (p) => p.status !== 'declined' && (p.owner !== 'other' || p.status === 'accepted'),
  );
}

/** Commitments in the order they were made, without repeating the same one twice. */
function toCommitments(
  proposals: TrackedProposal[],
  request: DraftAgreementRequest,
): AgreementCommitment[] {
  const seen = new Set<string>();
  const commitments: AgreementCommitment[] = [];
  for (const p of proposals) {
    const text = commitmentText(p, request.participants);
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    commitments.push({ participantId: p.committerId, text });
  }
  return commitments;
}

/** "1 commitment" / "3 commitments". */
function countCommitments(n: number): string {
  return `${n} ${n === 1 ? 'commitment' : 'commitments'}`;
}

/** The one or two sentences that sum up what the draft settles (or that nothing is settled). */
function summarise(request: DraftAgreementRequest, n: number, vagueCount: number): string {
  const names = recordNames(request.participants);
  const about =
    findTheme(participantText(request.transcript))?.topic ??
    roomSubject(request.room) ??
    'what they discussed';
  if (n > 0) {
    return `${names} agree on ${countCommitments(n)} about ${about}, with a review together in two weeks.`;
  }
  const open = vagueCount > 0 ? ' Some ideas were raised but still need a when or how often.' : '';
  return `${names} have not yet named any specific commitments about ${about}, so nothing is agreed yet.${open}`;
}

/** The message presenting the draft, with one question to both people. */
function presentDraft(request: DraftAgreementRequest, n: number, vagueCount: number): string {
  const both = bothNames(request.participants, '');
  const listed =
    vagueCount > 0
      ? ' A few ideas still need a when or how often, so I have listed them separately.'
      : '';
  const unclear =
    vagueCount > 0
      ? ' Some of what you said is a good start, but it still needs a when or how often.'
      : '';
  const options =
    n > 0
      ? [
          `I've written up a draft agreement from what you both offered, with ${countCommitments(n)} and a review in two weeks.${listed} ${addressing(both, 'please read it through: does it say what you each meant, or is there anything you would change?')}`,
          `Here is a draft agreement built only from what you both offered: ${countCommitments(n)}, plus a review in two weeks.${listed} ${addressing(both, 'does each line match what you meant, or would you change anything before confirming?')}`,
        ]
      : [
          `I haven't written any commitments down yet, because neither of you has named a specific action I could record, and I don't want to put words in your mouths.${unclear} ${addressing(both, 'could each of you name one specific thing you will do, and when?')}`,
          `Before anything is written down as agreed, I'd like each of you to name one concrete step in your own words.${unclear} ${addressing(both, 'what is one specific thing each of you will do, and by when?')}`,
        ];
  const previous = lastMediatorLine(request.transcript);
  const ordered = rotate(options, stableHash(`${request.room.id}|${request.transcript.length}`));
  return ordered.find((o) => o !== previous) ?? `${ordered[0]} Take your time.`;
}

/** Drafts the agreement and the message that presents it to both people. */
export function draftAgreement(request: DraftAgreementRequest): MediatorResponse {
  const { proposals } = analyseConversation(request.transcript, request.participants);
  const standing = standingProposals(proposals);
  const commitments = toCommitments(
    standing.filter((p) => !isVague(p.action)),
    request,
  );
  const vague = toCommitments(
    standing.filter((p) => isVague(p.action)),
    request,
  );
  const agreement: AgreementDraft = {
    summary: summarise(request, commitments.length, vague.length),
    commitments,
    text: agreementText(request, commitments, vague),
  };
  const reply = presentDraft(request, commitments.length, vague.length);
  return { reply, stage: 'agreement', safetyFlags: [], agreement };
}
