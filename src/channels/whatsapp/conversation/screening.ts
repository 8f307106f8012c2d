/**
 * The private screening questions in a chat, one at a time with Yes / No / Not sure buttons; typed
 * answers ("yes", "nope", "not sure", "skip") work as well as taps. Asked of the person who
 * started once their invite is out, of the invited person once they have joined, and again of
 * anyone whose later message raised a concern.
 */
import { answerScreening } from '../../../domain/safety/answer-screening.js';
import { parseScreeningAnswer } from '../../../domain/safety/screening-outcome.js';
import {
  SCREENING_INTRO,
  SCREENING_QUESTIONS,
} from '../../../domain/safety/screening-questions.js';
import { screeningOf } from '../../../domain/safety/screening-state.js';
import { MeediError } from '../../../errors.js';
import type { ScreeningAnswer } from '../../../storage/schema.js';
import { phoneOfKey } from '../inbound/contact-identity.js';
import type { ChatContext } from './chat-context.js';
import { IN_MEDIATION_STATES } from './chat-states.js';
import { CHOICE } from './choices.js';
import type { ConversationState } from './conversation-store.js';

const ANSWER_OF_CHOICE: Record<string, ScreeningAnswer> = {
  [CHOICE.screenYes]: 'yes',
  [CHOICE.screenNo]: 'no',
  [CHOICE.screenUnsure]: 'unsure',
};

/** Starts the questions in this chat; the chat returns to `then` once they are answered. */
export async function beginScreening(ctx: ChatContext, then: ConversationState): Promise<void> {
  ctx.conversation.state = 'screening';
  ctx.conversation.data.screening = { answers: {}, index: 0, then };
  await askQuestion(ctx, SCREENING_INTRO);
}

/** True when this person has questions waiting in the chat's room (and the chat can ask). */
export async function screeningWaiting(ctx: ChatContext): Promise<boolean> {
  const { conversation, services } = ctx;
  if (!conversation.roomId || conversation.state === 'screening') return false;
  if (!IN_MEDIATION_STATES.includes(conversation.state)) return false;
  const room = await services.db
    .selectFrom('rooms')
    .select('phase')
    .where('id', '=', conversation.roomId)
    .executeTakeFirst();
  if (!room || room.phase === 'resolved' || room.phase === 'closed') return false;
  const mine = await screeningOf(services.db, conversation.roomId, conversation.userId);
  if (mine.status === 'done') return false;
  // Asked before the joint session (once the other person is invited) or after a flag.
  const latest = await services.db
    .selectFrom('safety_screenings')
    .select('status')
    .where('room_id', '=', conversation.roomId)
    .where('user_id', '=', conversation.userId)
    .executeTakeFirst();
  return latest?.status === 'open' || room.phase === 'screening';
}

/** One answer (a tap or typed words); the next question, or the outcome when all are in. */
export async function continueScreening(ctx: ChatContext, words: string): Promise<void> {
  const { conversation } = ctx;
  const progress = conversation.data.screening;
  if (!progress) {
    conversation.state = 'joint';
    return;
  }
  const choice = ctx.inbound.choiceId;
  const answer = (choice ? ANSWER_OF_CHOICE[choice] : undefined) ?? parseScreeningAnswer(words);
  if (!answer) {
    return askQuestion(ctx, 'Please answer yes, no or not sure, or write SKIP.');
  }
  const question = SCREENING_QUESTIONS[progress.index]!;
  progress.answers[question.id] = answer;
  progress.index += 1;
  if (progress.index < SCREENING_QUESTIONS.length) return askQuestion(ctx);

  conversation.state = progress.then;
  conversation.data.screening = undefined;
  try {
    const result = await answerScreening(
      ctx.services,
      ctx.actor(),
      conversation.roomId!,
      progress.answers,
      { phoneNumber: phoneOfKey(conversation.waId) },
    );
    // A stop's helplines reach the chat through the relay (kept privately in the room).
    if (result.outcome !== 'stop') await ctx.say(result.message);
  } catch (err) {
    if (err instanceof MeediError && err.statusCode < 500) return ctx.say(err.message);
    throw err;
  }
}

async function askQuestion(ctx: ChatContext, before?: string): Promise<void> {
  const index = ctx.conversation.data.screening?.index ?? 0;
  const question = SCREENING_QUESTIONS[index]!;
  const body = `${before ? `${before}\n\n` : ''}(${index + 1}/${SCREENING_QUESTIONS.length}) ${question.text}`;
  await ctx.say({
    kind: 'buttons',
    body,
    buttons: [
      { id: CHOICE.screenYes, title: 'Yes' },
      { id: CHOICE.screenNo, title: 'No' },
      { id: CHOICE.screenUnsure, title: 'Not sure' },
    ],
  });
}
