/**
 * Producing the mediator's lines. Both are idempotent: a reply is unique per statement and the
 * opening is written once per room, so the inline attempt and the fallback job can race safely.
 */
import { removeJob } from '../../jobs/enqueue.js';
import type { Services } from '../../services.js';
import type { MessageRow } from '../../storage/schema.js';
import { handleDisclosure } from '../safety/handle-disclosure.js';
import { relayedAsSummary } from '../safety/screening-state.js';
import { askMediator } from './ask-mediator.js';
import { scheduleRelease } from './hold-message.js';
import { storeLineVersions } from './mediator-line-languages.js';
import { noteOtherLanguage } from './other-language-note.js';
import { storedMessage } from './room-event.js';
import { recordRoomEvents } from './room-events.js';
import { mediatorContext } from './transcript.js';

/** Job key of the fallback reply job for one participant message. */
export function replyJobKey(messageId: string): string {
  return `mediator-reply:${messageId}`;
}

/** Writes the mediator's reply to one statement (once); null when there is nothing to answer. */
export async function produceMediatorReply(
  services: Services,
  roomId: string,
  messageId: string,
): Promise<MessageRow | null> {
  const { db } = services;
  const existing = await findReply(services, messageId);
  if (existing) return existing;
  const statement = await db
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', messageId)
    .where('room_id', '=', roomId)
    .where('author_kind', '=', 'participant')
    .executeTakeFirst();
  const room = await db.selectFrom('rooms').selectAll().where('id', '=', roomId).executeTakeFirst();
  if (!statement?.author_user_id || !room || room.phase === 'resolved') return null;
  await noteOtherLanguage(services, statement);

  const response = await askMediator(services, {
    kind: 'reply',
    ...(await mediatorContext(db, room)),
    latest: {
      participantId: statement.author_user_id,
      text: statement.body,
      // Their screening asked for care: the other person hears a summary, not their words.
      ...((await relayedAsSummary(db, roomId, statement.author_user_id))
        ? { relay: 'summary' as const }
        : {}),
    },
    nextSpeakerId: room.current_turn_user_id ?? statement.author_user_id,
  });

  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('rooms')
      .selectAll()
      .where('id', '=', roomId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const reply = await trx
      .insertInto('messages')
      .values({
        room_id: roomId,
        author_kind: 'mediator',
        kind: 'reply',
        body: response.reply,
        language: response.replyLocale ?? null,
        reply_to_message_id: messageId,
        mediator_provider: services.mediator.name,
      })
      .onConflict((oc) =>
        oc.column('reply_to_message_id').where('reply_to_message_id', 'is not', null).doNothing(),
      )
      .returningAll()
      .executeTakeFirst();
    if (!reply) return (await findReply({ db: trx }, messageId)) ?? null;
    await storeLineVersions(trx, reply.id, response);

    await trx
      .updateTable('rooms')
      .set({ stage: response.stage, last_activity_at: new Date() })
      .where('id', '=', roomId)
      .execute();
    await recordRoomEvents(trx, [
      { roomId, type: 'message', data: storedMessage(reply) },
      ...(response.stage !== locked.stage
        ? [{ roomId, type: 'stage' as const, data: { stage: response.stage } }]
        : []),
    ]);
    if (response.safetyFlags.length > 0) {
      await handleDisclosure(trx, services, {
        roomId,
        userId: statement.author_user_id!,
        messageId,
        flags: response.safetyFlags,
        source: 'mediator',
      });
    }
    await removeJob(trx, replyJobKey(messageId));
    // Whoever has the turn now may have written while waiting.
    await scheduleRelease(trx, roomId);
    services.metrics.messagesPosted.inc({ author: 'mediator' });
    return reply;
  });
}

/** Writes the mediator's opening for a room that has just become active (once). */
export async function produceOpening(services: Services, roomId: string): Promise<void> {
  const { db } = services;
  const room = await db.selectFrom('rooms').selectAll().where('id', '=', roomId).executeTakeFirst();
  if (!room || room.phase === 'waiting' || room.phase === 'resolved') return;
  if (await hasOpening(services, roomId)) return;
  const response = await askMediator(services, {
    kind: 'opening',
    ...(await mediatorContext(db, room)),
    nextSpeakerId: room.current_turn_user_id ?? room.owner_user_id,
  });
  await db.transaction().execute(async (trx) => {
    await trx
      .selectFrom('rooms')
      .select('id')
      .where('id', '=', roomId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (await hasOpening({ db: trx }, roomId)) return;
    const opening = await trx
      .insertInto('messages')
      .values({
        room_id: roomId,
        author_kind: 'mediator',
        kind: 'opening',
        body: response.reply,
        language: response.replyLocale ?? null,
        mediator_provider: services.mediator.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await storeLineVersions(trx, opening.id, response);
    await recordRoomEvents(trx, [{ roomId, type: 'message', data: storedMessage(opening) }]);
    await scheduleRelease(trx, roomId);
  });
  services.metrics.messagesPosted.inc({ author: 'mediator' });
}

async function findReply(
  { db }: Pick<Services, 'db'>,
  messageId: string,
): Promise<MessageRow | undefined> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('reply_to_message_id', '=', messageId)
    .executeTakeFirst();
}

async function hasOpening({ db }: Pick<Services, 'db'>, roomId: string): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('room_id', '=', roomId)
    .where('kind', '=', 'opening')
    .executeTakeFirst();
  return row !== undefined;
}
