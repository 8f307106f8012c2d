/**
 * Plays one scripted conversation through a mediator the way the room does: the opening,
 * a reply after every turn, a draft, then a second draft answering one change request.
 */

import type {
  AgreementDraft,
  Mediator,
  MediatorParticipant,
  TranscriptEntry,
} from '../../src/mediator/mediator.js';
import type { EvalConversation } from './corpus-types.js';

/** Everything the scoring needs from one played conversation. */
export interface PlayedConversation {
  conversation: EvalConversation;
  participants: MediatorParticipant[];
  opening: string;
  /** Mediator replies after each turn, with the turn they answer. */
  replies: { turn: number; speaker: 0 | 1; text: string }[];
  /** The reply that came with the first draft. */
  draftReply: string;
  draft: AgreementDraft;
  revised: AgreementDraft;
}

/** Runs the conversation through the mediator; the clock is fixed so runs are comparable. */
export async function play(
  mediator: Mediator,
  conversation: EvalConversation,
): Promise<PlayedConversation> {
  const participants: MediatorParticipant[] = conversation.people.map((name, i) => ({
    id: `p${i}`,
    name,
    role: i === 0 ? 'owner' : 'invitee',
  }));
  const room = { id: conversation.id, title: conversation.title, topic: conversation.topic };
  const transcript: TranscriptEntry[] = [];
  let minute = 0;
  const at = () => new Date(Date.UTC(2026, 0, 1, 12, minute++));
  const first = conversation.turns[0]?.[0] ?? 0;
  const opening = await mediator.respond({
    kind: 'opening',
    room,
    participants,
    transcript: [],
    nextSpeakerId: `p${first}`,
  });
  transcript.push({ participantId: null, text: opening.reply, at: at() });
  const replies: PlayedConversation['replies'] = [];
  for (const [index, [speaker, text]] of conversation.turns.entries()) {
    transcript.push({ participantId: `p${speaker}`, text, at: at() });
    const response = await mediator.respond({
      kind: 'reply',
      room,
      participants,
      transcript: [...transcript],
      latest: { participantId: `p${speaker}`, text },
      nextSpeakerId: `p${1 - speaker}`,
    });
    transcript.push({ participantId: null, text: response.reply, at: at() });
    replies.push({ turn: index, speaker, text: response.reply });
  }
  const drafted = await mediator.respond({
    kind: 'draft_agreement',
    room,
    participants,
    transcript: [...transcript],
  });
  if (!drafted.agreement) throw new Error(`${conversation.id}: no draft`);
  transcript.push({ participantId: null, text: drafted.reply, at: at() });
  transcript.push({ participantId: null, text: drafted.agreement.text, at: at() });
  const redrafted = await mediator.respond({
    kind: 'draft_agreement',
    room,
    participants,
    transcript: [...transcript],
    previousDraft: drafted.agreement,
    changeRequests: [
      { participantId: `p${conversation.change.by}`, note: conversation.change.note },
    ],
  });
  if (!redrafted.agreement) throw new Error(`${conversation.id}: no second draft`);
  return {
    conversation,
    participants,
    opening: opening.reply,
    replies,
    draftReply: drafted.reply,
    draft: drafted.agreement,
    revised: redrafted.agreement,
  };
}
