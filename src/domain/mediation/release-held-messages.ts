/**
 * Sharing held messages: when it becomes someone's turn and the mediator has answered the last
 * statement, their held messages are taken as their turn, in the order they were written. Words
 * written during a break, before the mediator's latest question to their writer, cannot be the
 * answer to it, so the turn then stays with the writer and the question is asked again.
 */
import { Type } from '@sinclair/typebox';
import { defineJob } from '../../jobs/job-definition.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { MESSAGE_MAX_LENGTH } from '../limits.js';
import { heldMessagesOf, RELEASE_HELD_TASK } from './hold-message.js';
import { produceMediatorReply } from './produce-mediator-reply.js';
import { catalogueNotice, postSystemNotice } from './system-notice.js';
import { takeTurn } from './take-turn.js';

/** Shares the held messages of the person whose turn it is, when the room is ready for them. */
export async function releaseHeldMessages(services: Services, roomId: string): Promise<void> {
  const { db } = services;
  const room = await db.selectFrom('rooms').selectAll().where('id', '=', roomId).executeTakeFirst();
  if (room?.phase !== 'active' || !room.current_turn_user_id) return;
  if (await awaitingMediator(services, roomId)) return; // the reply schedules this job again
  const held = await heldMessagesOf(db, roomId, room.current_turn_user_id);
  if (held.length === 0) return;

  const batch = [held[0]!];
  let length = held[0]!.text.length;
  for (const next of held.slice(1)) {
    length += 2 + next.text.length;
    if (length > MESSAGE_MAX_LENGTH) break; // the rest go in their next turn
    batch.push(next);
  }
  const actor: Actor = {
    userId: room.current_turn_user_id,
    tokenId: 'held-message-release',
    isGuest: false,
    roomScope: roomId,
  };
  // Words written during a break answer what was said before it, not the question asked since.
  const question = batch.some((m) => m.written_on_break)
    ? await pendingQuestion(services, roomId, batch.at(-1)!.created_at)
    : null;
  const outcome = await takeTurn(services, actor, roomId, batch.map((m) => m.text).join('\n\n'), {
    releasedHeldIds: batch.map((m) => m.id),
  }).catch((err) => {
    // The room moved on (a break, the other person's turn): try again when it changes back.
    if (err?.statusCode === 409) return null;
    throw err;
  });
  if (outcome?.kind !== 'passed') return;
  if (question)
    await handBackTurn(services, roomId, actor.userId, outcome.nextTurnUserId, question);
  await produceMediatorReply(services, roomId, outcome.message.id).catch(() => undefined);
}

/** The mediator's latest line, when it asks something and came after `writtenAt`. */
async function pendingQuestion(
  services: Services,
  roomId: string,
  writtenAt: string,
): Promise<string | null> {
  const last = await services.db
    .selectFrom('messages')
    .select(['body', 'created_at'])
    .where('room_id', '=', roomId)
    .where('author_kind', '=', 'mediator')
    .where('kind', 'in', ['reply', 'opening'])
    .where('visible_to_user_id', 'is', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last || last.created_at.getTime() <= new Date(writtenAt).getTime()) return null;
  const questions = last.body.match(/[^.!?\n]*\?/g);
  return questions?.at(-1)?.trim() ?? null;
}

/** Gives the turn back to the writer of released words, asking the open question again. */
async function handBackTurn(
  services: Services,
  roomId: string,
  writerId: string,
  passedTo: string,
  question: string,
): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    const room = await trx
      .selectFrom('rooms')
      .select(['phase', 'current_turn_user_id'])
      .where('id', '=', roomId)
      .forUpdate()
      .executeTakeFirst();
    if (room?.phase !== 'active' || room.current_turn_user_id !== passedTo) return;
    const writer = await trx
      .selectFrom('users')
      .select('name')
      .where('id', '=', writerId)
      .executeTakeFirst();
    const name = writer?.name ?? 'The other person';
    await trx
      .updateTable('rooms')
      .set({ current_turn_user_id: writerId, updated_at: new Date() })
      .where('id', '=', roomId)
      .execute();
    await postSystemNotice(trx, {
      roomId,
      ...catalogueNotice('room.held_message_turn', { name, question }),
      alsoRecord: [{ roomId, type: 'turn', data: { current_turn_user_id: writerId } }],
    });
  });
}

/** True while the last shared statement has no mediator reply yet. */
async function awaitingMediator(services: Services, roomId: string): Promise<boolean> {
  const last = await services.db
    .selectFrom('messages')
    .select('id')
    .where('room_id', '=', roomId)
    .where('author_kind', '=', 'participant')
    .where('kind', '=', 'statement')
    .where('visible_to_user_id', 'is', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return false;
  const reply = await services.db
    .selectFrom('messages')
    .select('id')
    .where('reply_to_message_id', '=', last.id)
    .executeTakeFirst();
  return reply === undefined;
}

export const releaseHeldMessagesJob = defineJob({
  ...RELEASE_HELD_TASK,
  payload: Type.Object({ room_id: Type.String() }),
  async handle(payload, services) {
    await releaseHeldMessages(services, payload.room_id);
  },
});
