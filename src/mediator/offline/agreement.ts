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
import { applyChangeRequests, type ChangeOutcome } from './change-requests.js';
import { analyseConversation } from './conversation-state.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { findTheme } from './needs.js';
import { roomSubject } from './opening.js';
import { addressing, bothNames, nameOf, recordNames } from './participants.js';
import { commitmentText } from './proposal-phrasing.js';
import { isVague } from './proposals.js';
import { sameAction } from './responses.js';
import type { TrackedProposal } from './tracked-proposal.js';
import { lastMediatorLine, participantText } from './transcript.js';
import { mergedVariant } from './variant-lines.js';

/** Proposals that stand: only what the other person said yes to is agreed. */
function standingProposals(proposals: TrackedProposal[]): TrackedProposal[] {
  return proposals.filter((p) => p.status === 'accepted');
}

/** How many participant turns came before the previous draft was shown, or 0 without one. */
function turnsBeforePreviousDraft(request: DraftAgreementRequest): number {
  const previous = request.previousDraft?.text.trim();
  if (!previous) return 0;
  let turns = 0;
  let atDraft = 0;
  for (const entry of request.transcript) {
    if (entry.participantId !== null) turns += 1;
    else if (entry.text.trim() === previous) atDraft = turns;
  }
  return atDraft;
}

/**
 * The commitments of the new draft: the previous draft's lines (already edited by earlier
 * change requests) plus anything agreed since, or everything agreed when there is no draft.
 */
function baseCommitments(
  request: DraftAgreementRequest,
  agreed: AgreementCommitment[],
  agreedTurns: number[],
): AgreementCommitment[] {
  const previous = request.previousDraft?.commitments;
  if (!previous) return agreed;
  const since = turnsBeforePreviousDraft(request);
  const newer = agreed.filter(
    (c, i) => (agreedTurns[i] ?? 0) >= since && !previous.some((p) => sameAction(p.text, c.text)),
  );
  return [...previous, ...newer];
}

/** Commitments in the order they were made, without repeating the same one twice. */
function toCommitments(
  proposals: TrackedProposal[],
  request: DraftAgreementRequest,
): AgreementCommitment[] {
  return withTurns(proposals, request).commitments;
}

/** Commitments with the turn each was last settled in, without repeating one twice. */
function withTurns(
  proposals: TrackedProposal[],
  request: DraftAgreementRequest,
): { commitments: AgreementCommitment[]; turns: number[] } {
  const commitments: AgreementCommitment[] = [];
  const turns: number[] = [];
  for (const p of proposals) {
    const text = commitmentText(p, request.participants);
    if (
      commitments.some(
        (c) =>
          c.text.toLowerCase() === text.toLowerCase() ||
          (sameAction(c.text, text) && c.participantId === p.committerId),
      )
    )
      continue;
    const variant = commitments.findIndex(
      (c) => c.participantId === p.committerId && mergedVariant(c.text, text) !== null,
    );
    const base = commitments[variant];
    if (base) {
      commitments[variant] = { ...base, text: mergedVariant(base.text, text) ?? base.text };
      turns[variant] = Math.max(turns[variant] ?? 0, p.lastTurn);
      continue;
    }
    commitments.push({ participantId: p.committerId, text });
    turns.push(p.lastTurn);
  }
  return { commitments, turns };
}

/** One sentence saying what was done with each change request. */
function describeChanges(outcomes: ChangeOutcome[], request: DraftAgreementRequest): string {
  const parts = outcomes.map((o) => {
    const name = nameOf(request.participants, o.participantId) ?? 'one of you';
    if (o.kind === 'removed') return `I've taken out ${o.what}, as ${name} asked`;
    if (o.kind === 'changed') return `I've changed ${o.what}, as ${name} asked`;
    if (o.kind === 'added') return `I've added "${o.what}", as ${name} asked`;
    return `I've included ${name}'s change in their own words, marked as an amendment for the other person to accept or not`;
  });
  return parts.length > 0 ? `${parts.join('; ')}.` : '';
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
    roomSubject(request.room, request.participants) ??
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

/**
 * The commitments as tracked through the conversation: what was accepted, on top of the
 * previous draft, with the change requests applied. Also what happened to each request.
 */
export function trackedCommitments(request: DraftAgreementRequest): {
  commitments: AgreementCommitment[];
  outcomes: ChangeOutcome[];
  proposals: TrackedProposal[];
} {
  const { proposals } = analyseConversation(request.transcript, request.participants);
  const agreed = withTurns(
    standingProposals(proposals).filter((p) => !isVague(p.action)),
    request,
  );
  const applied = applyChangeRequests(
    baseCommitments(request, agreed.commitments, agreed.turns),
    request.changeRequests ?? [],
    request.participants,
    contextOfLines(proposals, request),
  );
  return { ...applied, proposals };
}

/**
 * What was said around each commitment, from two turns before it was offered to its last
 * answer: "take out the bit about the uniform" finds "Declan will pay €90 by the 1st".
 */
function contextOfLines(
  proposals: TrackedProposal[],
  request: DraftAgreementRequest,
): (line: string) => string {
  const turns = request.transcript.filter((e) => e.participantId !== null).map((e) => e.text);
  const context = new Map<string, string>();
  for (const p of proposals) {
    const said = turns.slice(Math.max(0, p.turn - 2), p.lastTurn + 1).join(' ');
    context.set(commitmentText(p, request.participants).toLowerCase(), said);
  }
  return (line) => context.get(line.toLowerCase()) ?? '';
}

/** Drafts the agreement and the message that presents it to both people. */
export function draftAgreement(request: DraftAgreementRequest): MediatorResponse {
  const { commitments, outcomes, proposals } = trackedCommitments(request);
  // Ideas too general to sign stay visible, agreed or not, so they can be made specific.
  const vague = toCommitments(
    proposals.filter((p) => p.status !== 'declined' && isVague(p.action)),
    request,
  );
  // Offers nobody answered are shown apart, so nothing said is lost and nothing unagreed is signed.
  const unanswered = toCommitments(
    proposals.filter((p) => p.status === 'open' && !isVague(p.action)),
    request,
  ).filter((c) => !commitments.some((k) => sameAction(k.text, c.text)));
  const agreement: AgreementDraft = {
    summary: summarise(request, commitments.length, vague.length),
    commitments,
    text: agreementText(request, commitments, vague, unanswered),
  };
  const changes = describeChanges(outcomes, request);
  const presented = presentDraft(request, commitments.length, vague.length);
  const reply = changes ? `${changes} ${presented}` : presented;
  return { reply, stage: 'agreement', safetyFlags: [], agreement };
}
