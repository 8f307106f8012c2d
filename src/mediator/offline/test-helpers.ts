/** Shared fixtures for the offline facilitator's tests: people, rooms and played-out conversations. */

import type {
  MediationStage,
  MediatorParticipant,
  MediatorRequest,
  MediatorResponse,
  TranscriptEntry,
} from '../mediator.js';
import { createOfflineMediator } from './offline-mediator.js';

/** A couple (Alex, Sam) and co-parents (Jordan, Renée, an accented name on purpose). */
export const ALEX: MediatorParticipant = { id: 'p-alex', name: 'Alex', role: 'owner' };
export const SAM: MediatorParticipant = { id: 'p-sam', name: 'Sam', role: 'invitee' };
export const JORDAN: MediatorParticipant = { id: 'p-jordan', name: 'Jordan', role: 'owner' };
export const RENEE: MediatorParticipant = { id: 'p-renee', name: 'Renée', role: 'invitee' };

/** One room per scenario; the pick-ups room has a topic as well as a title. */
export const CHORES_ROOM = { id: 'room-chores', title: 'Chores at home', topic: null };
export const PICKUPS_ROOM = {
  id: 'room-pickups',
  title: 'School pick-ups',
  topic: 'Who collects Mia and Leo from school after the move',
};

/** A couple's dispute about housework, from first account to a shared plan. */
export const CHORES_TURNS: Array<[MediatorParticipant, string]> = [
  [ALEX, "I feel like I'm doing all the housework. The dishes sit in the sink for days."],
  [SAM, 'I work late three nights a week and when I get home I feel judged the moment I walk in.'],
  [ALEX, "I get that work is hard. I need us to share the load, I'm so tired of nagging."],
  [SAM, "I don't want you to feel like you're nagging. I want home to feel calm."],
  [ALEX, 'How about we make a rota for the week and put it on the fridge?'],
  [SAM, "That could work. I'll do the dishes every night I'm not working late."],
  [ALEX, 'That works for me. I can do the laundry on Sundays.'],
];

/** Co-parents sorting out school pick-ups after a move, including a turned-down idea. */
export const PICKUP_TURNS: Array<[MediatorParticipant, string]> = [
  [JORDAN, 'Three times this month nobody was at the gate when school finished. Mia was in tears.'],
  [RENEE, "I'm worried too. My shifts changed after the move and I need the schedule earlier."],
  [
    JORDAN,
    "I'd like a plan the kids can rely on. Could you text me by Friday if your shifts change?",
  ],
  [RENEE, 'Yes, I can do that. What if we split it so I do Mondays and you do Wednesdays?'],
  [JORDAN, "That doesn't work for me, I have late meetings on Wednesdays."],
  [RENEE, 'How about I take Wednesdays too and you do Tuesdays and Fridays'],
  [JORDAN, "Deal. I'll put it in the shared calendar tonight."],
];

const AT = new Date('2025-03-01T18:00:00Z');

/** Builds a transcript from [speaker or null for the mediator, text] pairs. */
export function transcriptOf(
  lines: Array<[MediatorParticipant | null, string]>,
): TranscriptEntry[] {
  return lines.map(([who, text]) => ({ participantId: who?.id ?? null, text, at: AT }));
}

/** One played-out conversation: every reply, the stage after each turn, and the transcript. */
export interface PlayedConversation {
  opening: MediatorResponse;
  replies: MediatorResponse[];
  stages: MediationStage[];
  transcript: TranscriptEntry[];
}

/** Plays turns through the offline mediator, feeding its replies back as the real service would. */
export async function play(
  room: { id: string; title: string; topic: string | null },
  participants: MediatorParticipant[],
  turns: Array<[MediatorParticipant, string]>,
): Promise<PlayedConversation> {
  const mediator = createOfflineMediator();
  const transcript: TranscriptEntry[] = [];
  const first = turns[0]?.[0] ?? participants[0];
  if (!first) throw new Error('play() needs a participant');
  const opening = await mediator.respond({
    kind: 'opening',
    room,
    participants,
    transcript: [],
    nextSpeakerId: first.id,
  });
  transcript.push({ participantId: null, text: opening.reply, at: AT });
  const replies: MediatorResponse[] = [];
  for (const [i, [speaker, text]] of turns.entries()) {
    transcript.push({ participantId: speaker.id, text, at: AT });
    const next = turns[i + 1]?.[0] ?? participants.find((p) => p.id !== speaker.id) ?? speaker;
    const request: MediatorRequest = {
      kind: 'reply',
      room,
      participants,
      transcript: [...transcript],
      latest: { participantId: speaker.id, text },
      nextSpeakerId: next.id,
    };
    const response = await mediator.respond(request);
    replies.push(response);
    transcript.push({ participantId: null, text: response.reply, at: AT });
  }
  return { opening, replies, stages: replies.map((r) => r.stage), transcript };
}
