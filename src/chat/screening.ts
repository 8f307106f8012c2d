/**
 * The private screening questions in a chat, one at a time with Yes / No / Not sure buttons; typed
 * answers ("yes", "nope", "not sure", "skip") work as well as taps. Asked of the person who
 * started once their invite is out, of the invited person once they have joined, and again of
 * anyone whose later message raised a concern.
 */

import { phoneOfKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { answerScreening } from '../domain/safety/answer-screening.js';
import { parseScreeningAnswer } from '../domain/safety/screening-outcome.js';
import {
  SCREENING_QUESTIONS,
  screeningIntro,
  screeningQuestionText,
} from '../domain/safety/screening-questions.js';
import { screeningOf } from '../domain/safety/screening-state.js';
import { MeediError } from '../errors.js';
import type { ScreeningAnswer } from '../storage/schema.js';
import type { ChatContext } from './chat-context.js';
import type { AfterScreening, ChatIn } from './chat-states.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';

const ANSWER_OF_CHOICE: Record<string, ScreeningAnswer> = {
  [CHOICE.screenYes]: 'yes',
  [CHOICE.screenNo]: 'no',
  [CHOICE.screenUnsure]: 'unsure',
};

/** Starts the questions in this chat; the chat goes to `after` once they are answered. */
export async function beginScreening(
  ctx: ChatContext,
  roomId: string,
  after: AfterScreening,
): Promise<void> {
  ctx.conversation.chat = { state: 'screening', roomId, answers: {}, index: 0, after };
  await askQuestion(ctx, 0, screeningIntro(ctx.locale));
}

/**
 * True when this person has questions waiting in the room (asked only of a chat in a mediation
 * and free to talk: `inMediation` in chat-states.ts).
 */
export async function screeningWaiting(ctx: ChatContext, roomId: string): Promise<boolean> {
  const { conversation, services } = ctx;
  const room = await services.db
    .selectFrom('rooms')
    .select('phase')
    .where('id', '=', roomId)
    .executeTakeFirst();
  if (!room || room.phase === 'resolved' || room.phase === 'closed') return false;
  const mine = await screeningOf(services.db, roomId, conversation.userId);
  if (mine.status === 'done') return false;
  // Asked before the joint session (once the other person is invited) or after a flag.
  const latest = await services.db
    .selectFrom('safety_screenings')
    .select('status')
    .where('room_id', '=', roomId)
    .where('user_id', '=', conversation.userId)
    .executeTakeFirst();
  return latest?.status === 'open' || room.phase === 'screening';
}

/** One answer (a tap or typed words); the next question, or the outcome when all are in. */
export async function continueScreening(
  ctx: ChatContext,
  progress: ChatIn<'screening'>,
  words: string,
): Promise<void> {
  const { conversation } = ctx;
  const choice = ctx.inbound.choiceId;
  const answer = (choice ? ANSWER_OF_CHOICE[choice] : undefined) ?? parseScreeningAnswer(words);
  if (!answer) {
    return askQuestion(ctx, progress.index, text.t(ctx.locale, 'screening.please_answer'));
  }
  const question = SCREENING_QUESTIONS[progress.index]!;
  progress.answers[question.id] = answer;
  progress.index += 1;
  if (progress.index < SCREENING_QUESTIONS.length) return askQuestion(ctx, progress.index);

  conversation.chat = { state: progress.after, roomId: progress.roomId };
  try {
    const result = await answerScreening(
      ctx.services,
      ctx.actor(),
      progress.roomId,
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

async function askQuestion(ctx: ChatContext, index: number, before?: string): Promise<void> {
  const question = SCREENING_QUESTIONS[index]!;
  const body = `${before ? `${before}\n\n` : ''}(${index + 1}/${SCREENING_QUESTIONS.length}) ${screeningQuestionText(ctx.locale, question)}`;
  await ctx.say({
    kind: 'buttons',
    body,
    buttons: [
      { id: CHOICE.screenYes, title: text.t(ctx.locale, 'button.yes') },
      { id: CHOICE.screenNo, title: text.t(ctx.locale, 'button.no') },
      { id: CHOICE.screenUnsure, title: text.t(ctx.locale, 'button.not_sure') },
    ],
  });
}
