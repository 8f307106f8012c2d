/**
 * Answers a participant's turn: reflect what they said, note where the mediation has got
 * to, remind both of what is on the table, and ask the next speaker one question.
 */

import { SOURCE_LOCALE } from '../../i18n/locales.js';
import type { MediationStage, MediatorResponse, ReplyRequest } from '../mediator.js';
import { type MediatorKey, say } from './catalogue-text.js';
import { analyseConversation, type ConversationState, withLatest } from './conversation-state.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { findTheme } from './needs.js';
import { addressing, labelOf, nameOf, otherOf } from './participants.js';
import { mentionProposal } from './proposal-phrasing.js';
import { questionsFor } from './questions.js';
import { reflect as reflectBack } from './reflection.js';
import { summariseForOther } from './summary-reflection.js';
import type { TrackedProposal } from './tracked-proposal.js';
import { lastMediatorLine, participantText } from './transcript.js';

const MAX_REPLY_CHARS = 1100;

/** What the reply says when the mediation moves on to a new stage (catalogue keys). */
export const STAGE_STEP: Partial<Record<MediationStage, MediatorKey>> = {
  understanding: 'stage.understanding',
  common_ground: 'stage.common_ground',
  options: 'stage.options',
  agreement: 'stage.agreement',
};

const LATER_STAGES: MediationStage[] = ['common_ground', 'options', 'agreement'];

/**
 * Reminds both people of up to two live proposals from earlier turns, most recent first,
 * skipping ones an earlier mediator line already mentioned so reminders do not pile up.
 */
function onTheTable(
  proposals: TrackedProposal[],
  request: ReplyRequest,
  latestTurn: number,
): string | null {
  const said = request.transcript.filter((e) => e.participantId === null).map((e) => e.text);
  const items = proposals
    .filter((p) => p.status !== 'declined' && p.turn < latestTurn)
    .reverse()
    .map((p) => mentionProposal(p, request.participants))
    .filter((text) => !said.some((line) => line.includes(text)))
    .slice(0, 2);
  if (items.length === 0) return null;
  return `So far, ${items.join(', and ')}.`;
}

/** Ways to offer the draft, cycled so the offer does not read the same each time. */
const DRAFT_OFFERS = [
  "you've both made offers and said yes to each other's. Would you like me to write up what you've agreed as a draft agreement, or is there more to settle first?",
  'you have each offered something and accepted what the other offered. Shall I draft the agreement from that now, or is there anything else to settle first?',
  'that is another yes, so there is a fair amount agreed between you. Shall I put it in writing as a draft agreement now, or do you want to keep talking first?',
];

/**
 * Once both people have made offers that were accepted, and this turn added a yes, the
 * mediator offers to write up the draft (as the reply's one question).
 */
function draftOffer(
  now: ConversationState,
  before: ConversationState,
  participants: ReplyRequest['participants'],
  entries: ReplyRequest['transcript'],
): string | null {
  const accepted = (s: ConversationState) => s.proposals.filter((p) => p.status === 'accepted');
  // Each person has put something forward, taken something on, or said yes to the other.
  const involved = new Set(
    accepted(now).flatMap((p) => [
      p.proposerId,
      ...(p.committerId ? [p.committerId] : participants.map((x) => x.id)),
    ]),
  );
  const both = participants.length >= 2 && participants.every((p) => involved.has(p.id));
  const settled = !now.proposals.some((p) => p.status === 'open');
  const newYes = accepted(now).length > accepted(before).length;
  const previous = entries.filter((e) => e.participantId === null).at(-1)?.text ?? '';
  if (!both || !(newYes || settled) || /\bdraft\b/i.test(previous)) return null;
  const offers = entries.filter(
    (e) => e.participantId === null && /\bdraft\b/i.test(e.text),
  ).length;
  return DRAFT_OFFERS[offers % DRAFT_OFFERS.length] ?? null;
}

/** Builds the reply to a participant's turn, with the stage the mediation is now in. */
export function replyToTurn(request: ReplyRequest): MediatorResponse {
  const { participants, latest } = request;
  // Words relayed only as a summary do not feed what the reply says back about the conversation
  // (proposals on the table, the topic): the turn counts, its wording stays out.
  const shared = latest.relay === 'summary' ? { ...latest, text: '' } : latest;
  const entries = withLatest(request.transcript, shared);
  const state = analyseConversation(entries, participants);
  const previous = lastMediatorLine(request.transcript);
  // Seeded by what the participants wrote, so wording varies between conversations and turns
  // while the check against `previous` below is what guarantees no line is said twice in a row.
  const seed = stableHash(`${request.room.id}|${entries.length}|${participantText(entries)}`);
  const latestTurn = entries.filter((e) => e.participantId !== null).length - 1;
  const listener = otherOf(participants, latest.participantId);
  const reflect = latest.relay === 'summary' ? summariseForOther : reflectBack;
  const reflection = reflect({
    text: latest.text,
    speakerName: nameOf(participants, latest.participantId),
    otherName: listener ? nameOf(participants, listener.id) : null,
    answersProposal: state.proposals.some((p) => p.turn < latestTurn),
    seed,
    turnIndex: entries.filter((e) => e.participantId === null).length,
  });
  const stepKey = state.stage !== state.previousStage ? STAGE_STEP[state.stage] : undefined;
  const step = stepKey ? say(SOURCE_LOCALE, stepKey) : null;
  const table = LATER_STAGES.includes(state.stage)
    ? onTheTable(state.proposals, request, latestTurn)
    : null;

  const nextName = nameOf(participants, request.nextSpeakerId);
  const otherId =
    request.nextSpeakerId === latest.participantId
      ? (otherOf(participants, request.nextSpeakerId)?.id ?? null)
      : latest.participantId;
  const questions = questionsFor(state.stage, {
    other: labelOf(participants, otherId, 'the other person'),
    topic: findTheme(participantText(entries))?.topic ?? null,
    otherHasProposed: state.proposals.some((p) => p.proposerId === otherId && p.status === 'open'),
    sameSpeaker: request.nextSpeakerId === latest.participantId,
  });
  const offer = draftOffer(
    state,
    analyseConversation(
      request.transcript.filter((e) => e !== entries.at(-1)),
      participants,
    ),
    participants,
    entries,
  );
  const asking = offer ? [offer] : rotate(questions, seed, 5);
  const candidates = asking.map((q) => {
    const question = addressing(nextName, q);
    let parts = [reflection, step, table, question];
    if (parts.join(' ').length > MAX_REPLY_CHARS) parts = [reflection, step, question];
    if (parts.join(' ').length > MAX_REPLY_CHARS) parts = [reflection, question];
    return { question: q.toLowerCase(), text: parts.filter(Boolean).join(' ') };
  });
  // Prefer a question the last line did not ask at all, even of the other person.
  const asked = previous?.toLowerCase() ?? '';
  const fresh =
    candidates.find((c) => c.text !== previous && !asked.includes(c.question)) ??
    candidates.find((c) => c.text !== previous);
  const reply =
    fresh?.text ??
    `${candidates[0]?.text ?? reflection} ${say(SOURCE_LOCALE, 'turn.take_whatever_time')}`;
  return { reply, stage: state.stage, safetyFlags: [] };
}
