/**
 * Reads the joint conversation turn by turn and works out where the mediation stands: who
 * has spoken, who has said what they feel and need, what has been proposed and accepted, and
 * so which stage it is in. Stages are walked in order, at most one step per turn, so the
 * facilitator never jumps from hearing the first side straight to drafting an agreement.
 */

import {
  MEDIATION_STAGES,
  type MediationStage,
  type MediatorParticipant,
  type TranscriptEntry,
} from '../mediator.js';
import { isAcceptance, isRejection } from './acceptance.js';
import { findDetails, mentions } from './details.js';
import { foldPronounRequest } from './pronoun-requests.js';
import { extractProposals } from './proposals.js';
import { answerWaiting, foldIntoRequest, retract, sameAction } from './responses.js';
import { shareOf } from './share-of.js';
import { statesFeelingsOrNeeds } from './statements.js';
import { referentFrom, resolvePronouns } from './third-parties.js';
import type { TrackedProposal } from './tracked-proposal.js';

interface Progress {
  turns: number;
  statedNeeds: boolean;
  proposed: boolean;
  accepted: boolean;
}

export interface ConversationState {
  stage: MediationStage;
  /** The stage before the latest participant turn, to notice when a new stage begins. */
  previousStage: MediationStage;
  proposals: TrackedProposal[];
}

/** The furthest stage the evidence so far supports, before the one-step-per-turn limit. */
function supportedStage(
  ids: string[],
  progress: Map<string, Progress>,
  proposals: TrackedProposal[],
): MediationStage {
  const all = (test: (p: Progress) => boolean) =>
    ids.length >= 2 && ids.every((id) => test(progress.get(id) ?? emptyProgress()));
  if (ids.every((id) => (progress.get(id)?.turns ?? 0) === 0)) return 'opening';
  if (!all((p) => p.turns >= 1)) return 'perspectives';
  const live = proposals.some((x) => x.status !== 'declined');
  if (live && all((p) => p.proposed || p.accepted)) return 'agreement';
  if (proposals.length > 0) return 'options';
  if (all((p) => p.statedNeeds) || all((p) => p.turns >= 3)) return 'common_ground';
  return 'understanding';
}

function emptyProgress(): Progress {
  return { turns: 0, statedNeeds: false, proposed: false, accepted: false };
}

/** Replays the participants' turns and returns the stage, the previous stage and all proposals. */
export function analyseConversation(
  transcript: TranscriptEntry[],
  participants: MediatorParticipant[],
): ConversationState {
  const ids =
    participants.length > 0 ? participants.map((p) => p.id) : distinctSpeakers(transcript);
  const progress = new Map(ids.map((id) => [id, emptyProgress()]));
  const proposals: TrackedProposal[] = [];
  let stage: MediationStage = 'opening';
  let previousStage: MediationStage = 'opening';
  let turn = 0;
  const spoken: string[] = [];
  const names = participants.map((p) => p.name).filter((n): n is string => Boolean(n));
  for (const entry of transcript) {
    const speakerId = entry.participantId;
    if (speakerId === null) continue;
    const p = progress.get(speakerId) ?? emptyProgress();
    progress.set(speakerId, p);
    p.turns += 1;
    p.statedNeeds ||= statesFeelingsOrNeeds(entry.text);
    spoken.push(entry.text);
    // "I'll collect her by 5" is signed as "Jen will collect Evie by 5".
    const referent = referentFrom(spoken.slice(-4), names);
    const otherName = participants.find((x) => x.id !== speakerId)?.name ?? undefined;
    const raws = extractProposals(entry.text, otherName);
    for (const raw of raws) {
      raw.action = shareOf(resolvePronouns(raw.action, referent), spoken.slice(-2));
    }
    retract(proposals, speakerId, entry.text);
    const openBefore = new Set(proposals.filter((x) => x.status === 'open'));
    const answer = answerWaiting(proposals, speakerId, entry.text, turn, raws);
    // What this very turn said yes to: an offer beside the yes is a new one unless it is close.
    const justAccepted = new Set(
      [...openBefore].filter((x) => (x.status as TrackedProposal['status']) === 'accepted'),
    );
    if (answer.accepted) p.accepted = true;
    const otherId = ids.find((id) => id !== speakerId) ?? null;
    for (const raw of raws) {
      p.proposed = true;
      if (answer.consumed.has(raw)) continue;
      if (foldPronounRequest(raw, justAccepted, otherId)) continue;
      if (foldIntoRequest(proposals, speakerId, raw, turn, justAccepted)) {
        p.accepted = true;
        continue;
      }
      // A split offer gives both people a part, so it belongs to both.
      const committerId =
        raw.owner === 'other' ? otherId : raw.owner === 'both' || raw.shared ? null : speakerId;
      const repeated = proposals.find(
        (x) =>
          x.committerId === committerId &&
          x.status !== 'declined' &&
          sameAction(x.action, raw.action),
      );
      // "Can you bring him on Mondays at 6pm then?" after "I'll bring him": the same offer, made
      // specific, replaces the looser one and waits for an answer again.
      if (repeated && moreSpecific(raw.action, repeated.action)) {
        Object.assign(repeated, {
          ...raw,
          proposerId: speakerId,
          status: 'open',
          awaitingId: otherId,
          lastTurn: turn,
        });
        continue;
      }
      if (repeated) continue;
      proposals.push({
        ...raw,
        proposerId: speakerId,
        committerId,
        turn,
        status: 'open',
        awaitingId: otherId,
        lastTurn: turn,
      });
    }
    let supported = MEDIATION_STAGES.indexOf(supportedStage(ids, progress, proposals));
    // A "no" to the latest idea means there is nothing to agree on yet, whatever came before.
    if (isRejection(entry.text) && !isAcceptance(entry.text)) {
      supported = Math.min(supported, MEDIATION_STAGES.indexOf('options'));
    }
    const current = MEDIATION_STAGES.indexOf(stage);
    previousStage = stage;
    stage = MEDIATION_STAGES[Math.max(current, Math.min(supported, current + 1))] ?? stage;
    turn += 1;
  }
  return { stage, previousStage, proposals };
}

/** True when `next` names details that `before` lacks and drops none of its own. */
function moreSpecific(next: string, before: string): boolean {
  const fresh = findDetails(next).filter((d) => !mentions(before, d.text));
  return fresh.length > 0 && findDetails(before).every((d) => mentions(next, d.text));
}

function distinctSpeakers(transcript: TranscriptEntry[]): string[] {
  const ids = transcript.map((e) => e.participantId).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** The transcript with the latest message on the end, even if the caller left it out. */
export function withLatest(
  transcript: TranscriptEntry[],
  latest: { participantId: string; text: string } | undefined,
): TranscriptEntry[] {
  if (!latest) return transcript;
  const last = [...transcript].reverse().find((e) => e.participantId !== null);
  if (last && last.participantId === latest.participantId && last.text === latest.text) {
    return transcript;
  }
  const at = transcript[transcript.length - 1]?.at ?? new Date(0);
  return [...transcript, { participantId: latest.participantId, text: latest.text, at }];
}
