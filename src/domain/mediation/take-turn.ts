import { errors } from '../../errors.js';
import { enqueueJob } from '../../jobs/enqueue.js';
import { notify } from '../../notifications/notify.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { MessageRow } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { handleDisclosure } from '../safety/handle-disclosure.js';
import { relayedAsSummary } from '../safety/screening-state.js';
import { mediatorReplyJob, replyJobKey } from './mediator-jobs.js';
import { messageText } from './message-text.js';
import { loadRoomFor, otherParticipant } from './room-access.js';
import { storedMessage } from './room-event.js';
import { recordRoomEvents } from './room-events.js';

export type TurnOutcome =
  | { kind: 'passed'; message: MessageRow; nextTurnUserId: string }
  | { kind: 'safety_pause'; message: MessageRow; safetyReply: MessageRow };

/**
 * A participant speaks in the main room. Strictly in turn: the room row is locked, so of two
 * simultaneous responses one wins and the other gets a 409. The message is stored and the turn
 * passes before the mediator is asked; the mediator's reply is queued in the same transaction,
 * so it follows even if the process stops right after.
 * A message that raises a safety concern is kept private to its author and pauses the session.
 */
export async function takeTurn(
  services: Services,
  actor: Actor,
  roomId: string,
  text: string,
  options: {
    releasedHeldIds?: string[];
    /** Where the words came from (a WhatsApp message id): the same source posts once. */
    sourceRef?: string;
  } = {},
): Promise<TurnOutcome> {
  const body = messageText(text);
  const flags = await services.safetyScreen.screen(body);

  const outcome = await services.db.transaction().execute(async (trx): Promise<TurnOutcome> => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (options.sourceRef) {
      const posted = await trx
        .selectFrom('messages')
        .selectAll()
        .where('source_ref', '=', options.sourceRef)
        .executeTakeFirst();
      if (posted)
        return { kind: 'passed', message: posted, nextTurnUserId: room.current_turn_user_id ?? '' };
    }
    if (room.phase === 'waiting') throw errors.roomWaiting();
    if (room.phase === 'screening') throw errors.screeningPending();
    if (room.phase === 'on_break') throw errors.roomOnBreak();
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'closed') throw errors.roomClosed();
    if (room.current_turn_user_id !== actor.userId) throw errors.notYourTurn();

    const now = new Date();
    // Words that raised a concern stay with their author; so do the words of someone whose
    // screening asked for care (the mediator's reply summarises them for the other person).
    const privateToAuthor =
      flags.length > 0 || (await relayedAsSummary(trx, room.id, actor.userId));
    const message = await trx
      .insertInto('messages')
      .values({
        room_id: room.id,
        author_kind: 'participant',
        author_user_id: actor.userId,
        visible_to_user_id: privateToAuthor ? actor.userId : null,
        kind: 'statement',
        body,
        source_ref: options.sourceRef ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (options.releasedHeldIds?.length)
      await markReleased(trx, actor, message, options.releasedHeldIds);
    await trx
      .updateTable('rooms')
      .set({ last_activity_at: now })
      .where('id', '=', room.id)
      .execute();

    if (flags.length > 0) {
      await recordRoomEvents(trx, [
        { roomId: room.id, type: 'message', data: storedMessage(message), visibleTo: actor.userId },
      ]);
      const { reply } = await handleDisclosure(trx, services, {
        roomId: room.id,
        userId: actor.userId,
        messageId: message.id,
        flags,
        source: 'screen',
      });
      return { kind: 'safety_pause', message, safetyReply: reply! };
    }

    const next = otherParticipant(participants, actor.userId);
    if (!next) throw errors.roomWaiting();
    await trx
      .updateTable('rooms')
      .set({ current_turn_user_id: next.user_id, updated_at: now })
      .where('id', '=', room.id)
      .execute();
    await recordRoomEvents(trx, [
      {
        roomId: room.id,
        type: 'message',
        data: storedMessage(message),
        visibleTo: privateToAuthor ? actor.userId : null,
      },
      { roomId: room.id, type: 'turn', data: { current_turn_user_id: next.user_id } },
    ]);
    const speaker = participants.find((p) => p.user_id === actor.userId);
    await notify(
      trx,
      [
        {
          userId: next.user_id,
          roomId: room.id,
          kind: 'turn',
          actorName: speaker?.name ?? 'The other person',
        },
      ],
      services.config.noticeCoalesceMs,
    );
    // The fallback runs only if the inline attempt below has not answered by then.
    await enqueueJob(
      trx,
      mediatorReplyJob,
      { room_id: room.id, message_id: message.id },
      {
        jobKey: replyJobKey(message.id),
        runAt: new Date(Date.now() + services.config.mediatorTimeoutMs + 2000),
      },
    );
    return { kind: 'passed', message, nextTurnUserId: next.user_id };
  });
  services.metrics.messagesPosted.inc({ author: 'participant' });
  return outcome;
}

/** Marks held messages as shared by `message`; fails (and rolls back) if any was already shared. */
async function markReleased(
  trx: Db,
  actor: Actor,
  message: MessageRow,
  heldIds: string[],
): Promise<void> {
  const released = await trx
    .updateTable('held_messages')
    .set({ released_at: new Date(), released_message_id: message.id })
    .where('id', 'in', heldIds)
    .where('user_id', '=', actor.userId)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  if (Number(released.numUpdatedRows) !== heldIds.length)
    throw new Error('Held messages were shared by another worker');
  await recordRoomEvents(trx, [
    {
      roomId: message.room_id,
      type: 'held_released',
      data: { held_message_ids: heldIds, message_id: message.id },
      visibleTo: actor.userId,
    },
  ]);
}
