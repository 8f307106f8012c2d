/**
 * The hand-over from the private intake to the joint session. A chat's words count as a turn
 * (or are kept for the person's turn) only once the chat has said the joint session started and
 * whose turn it is: words written before that answered the intake or the screening, not the
 * other person, so they are answered here and never relayed (a "Yes" meant for a private
 * question must not reach the other person as a turn).
 */
import { sql } from 'kysely';
import type { RoomRow } from '../storage/schema.js';
import type { ChatContext } from './chat-context.js';
import * as text from './chat-texts.js';
import { scheduleRelayForRoom } from './relay.js';

export type HandOver = 'not_started' | 'crossed' | 'passed';

/** Where this inbound message stands against the hand-over of the chat's room. */
export async function handOverOf(
  ctx: ChatContext,
  room: Pick<RoomRow, 'id' | 'phase'>,
): Promise<HandOver> {
  const { db } = ctx.services;
  const { conversation, inbound } = ctx;
  // Both are still answering their private questions: nothing is shared yet.
  if (room.phase === 'screening') return 'not_started';
  if (room.phase !== 'active' && room.phase !== 'on_break') return 'passed';
  const { rows } = await sql<{ id: number }>`
    select max(id)::int as id from room_events
    where room_id = ${room.id} and type = 'phase' and data->>'started' = 'true'`.execute(db);
  const startedEventId = rows[0]?.id;
  if (!startedEventId) return 'passed'; // a room older than the announcement
  // The start is not relayed to this chat yet: the person cannot have read it.
  if (startedEventId > (conversation.kept.relayedEventId ?? 0)) {
    // Make sure the announcement follows this answer (a chat whose window had closed has not
    // been relayed to since).
    await scheduleRelayForRoom(db, room.id);
    return 'crossed';
  }
  const told = conversation.kept.handOver;
  if (!told || told.roomId !== room.id) return 'passed';
  const announcement = await db
    .selectFrom('whatsapp_messages')
    .select(['accepted_at', 'status'])
    .where('id', '=', told.messageId)
    .executeTakeFirst();
  if (!announcement || announcement.status === 'failed') return 'passed';
  const received = await db
    .selectFrom('whatsapp_inbound_messages')
    .select('received_at')
    .where('wamid', '=', inbound.wamid)
    .executeTakeFirst();
  const receivedAt = received?.received_at ?? inbound.sentAt;
  // Not yet on its way when these words arrived, so they were written before it was read.
  if (!announcement.accepted_at || receivedAt < announcement.accepted_at) return 'crossed';
  // Once the words are past it, later ones need no lookup.
  conversation.kept.handOver = undefined;
  return 'passed';
}

/** Answers words written before the hand-over, in this chat only. */
export async function answerBeforeHandOver(
  ctx: ChatContext,
  roomId: string,
  handOver: Exclude<HandOver, 'passed'>,
  words: string,
): Promise<void> {
  if (handOver === 'not_started') return ctx.say(text.t(ctx.locale, 'hand_over.not_started'));
  const other = await ctx.services.db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select('users.name')
    .where('participants.room_id', '=', roomId)
    .where('participants.user_id', '<>', ctx.conversation.userId)
    .executeTakeFirst();
  const name = text.firstName(other?.name) ?? text.t(ctx.locale, 'someone.other');
  return ctx.say(text.crossedHandOverText(ctx.locale, words, name));
}
