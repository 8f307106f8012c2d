/**
 * Messages written out of turn. They are never dropped: each is kept, shown to its writer only,
 * and shared as that person's turn when it comes (see `release-held-messages.ts`).
 */
import { errors } from '../../errors.js';
import { addJob } from '../../jobs/enqueue.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { MessageRow } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { handleDisclosure } from '../safety/handle-disclosure.js';
import { type HeldMessageView, toHeldMessageView } from './held-message-view.js';
import { messageText } from './message-text.js';
import { loadRoomFor } from './room-access.js';
import { storedMessage } from './room-event.js';
import { recordRoomEvents } from './room-events.js';

/** The job that shares held messages (defined in `release-held-messages.ts`, which imports this file). */
export const RELEASE_HELD_TASK = { name: 'mediation.release_held', maxAttempts: 10 };

export type HoldOutcome =
  | { kind: 'held'; held: HeldMessageView }
  /** The words raised a safety concern: kept private to the writer, never shared. */
  | { kind: 'safety_pause'; held: HeldMessageView; safetyReply: MessageRow | null };

/**
 * Keeps a message until its writer's turn; released at once if it already is their turn.
 * Screened as it is written: words that raise a concern are answered at once, in private.
 */
export async function holdMessage(
  services: Services,
  actor: Actor,
  roomId: string,
  text: string,
  source: 'web' | 'whatsapp',
  sourceRef?: string,
): Promise<HoldOutcome> {
  const body = messageText(text);
  const flags = await services.safetyScreen.screen(body);
  return services.db.transaction().execute(async (trx): Promise<HoldOutcome> => {
    const { room } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'closed') throw errors.roomClosed();
    if (sourceRef) {
      const kept = await trx
        .selectFrom('held_messages')
        .selectAll()
        .where('source_ref', '=', sourceRef)
        .executeTakeFirst();
      if (kept) return { kind: 'held', held: toHeldMessageView(kept) };
      const posted = await trx
        .selectFrom('messages')
        .selectAll()
        .where('source_ref', '=', sourceRef)
        .executeTakeFirst();
      if (posted)
        return { kind: 'safety_pause', held: toHeldMessageView(posted), safetyReply: null };
    }
    if (flags.length > 0) {
      const message = await trx
        .insertInto('messages')
        .values({
          room_id: room.id,
          author_kind: 'participant',
          author_user_id: actor.userId,
          visible_to_user_id: actor.userId,
          kind: 'statement',
          body,
          source_ref: sourceRef ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
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
      return { kind: 'safety_pause', held: toHeldMessageView(message), safetyReply: reply };
    }
    const row = await trx
      .insertInto('held_messages')
      .values({
        room_id: room.id,
        user_id: actor.userId,
        body,
        source,
        source_ref: sourceRef ?? null,
        written_on_break: room.phase === 'on_break',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const view = toHeldMessageView(row);
    await recordRoomEvents(trx, [
      { roomId: room.id, type: 'held_message', data: view, visibleTo: actor.userId },
    ]);
    await scheduleRelease(trx, room.id);
    return { kind: 'held', held: view };
  });
}

/**
 * True when words from `sourceRef` were already kept as a held message (shared since or not): a
 * retried step must hold them again (a no-op), never take them as a turn of their own, or they
 * would be posted twice once their turn has come.
 */
export async function heldFromSource(db: Db, sourceRef: string): Promise<boolean> {
  const kept = await db
    .selectFrom('held_messages')
    .select('id')
    .where('source_ref', '=', sourceRef)
    .executeTakeFirst();
  return kept !== undefined;
}

/** The writer's own messages still waiting for their turn, oldest first. */
export async function heldMessagesOf(
  db: Db,
  roomId: string,
  userId: string,
): Promise<HeldMessageView[]> {
  const rows = await db
    .selectFrom('held_messages')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('user_id', '=', userId)
    .where('released_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map(toHeldMessageView);
}

/** Asks for held messages to be looked at (one job per room at a time). */
export async function scheduleRelease(trx: Db, roomId: string): Promise<void> {
  await addJob(trx, RELEASE_HELD_TASK, { room_id: roomId }, { jobKey: `release-held:${roomId}` });
}
