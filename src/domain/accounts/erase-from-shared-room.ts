/**
 * A person leaves a room they shared, erased: the room stays the other person's (ownership passes
 * to them, an unfinished mediation waits for someone new, a reached agreement keeps what was
 * agreed), their words become a neutral line, and every copy of them the room keeps — the feed,
 * notices, drafts, the mediator's lines, the room's title and topic — loses their words, name and
 * number. The other person's own words stay exactly as they wrote them.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { NO_PAUSE } from '../mediation/pause-owner.js';
import { catalogueNotice, postSystemNotice } from '../mediation/system-notice.js';
import { REMOVED_TEXT, type Scrubber } from './erasure-scrubber.js';

/** Erases `userId` from a room that `other` stays in (inside the caller's transaction). */
export async function eraseFromSharedRoom(
  trx: Db,
  scrub: Scrubber,
  input: { roomId: string; userId: string; other: string },
): Promise<void> {
  const { roomId, userId, other } = input;
  const room = await trx
    .selectFrom('rooms')
    .select(['owner_user_id', 'phase', 'title', 'topic'])
    .where('id', '=', roomId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const wasOwner = room.owner_user_id === userId;
  if (wasOwner) {
    await trx
      .updateTable('participants')
      .set({ role: 'owner' })
      .where('room_id', '=', roomId)
      .where('user_id', '=', other)
      .execute();
  }
  await trx
    .updateTable('rooms')
    .set({
      owner_user_id: wasOwner ? other : room.owner_user_id,
      title: scrub.text(room.title),
      // The topic is the words of whoever opened the room.
      topic: wasOwner ? null : room.topic === null ? null : scrub.text(room.topic),
      ...(room.phase === 'resolved'
        ? {}
        : {
            phase: 'waiting' as const,
            current_turn_user_id: null,
            ...NO_PAUSE,
          }),
      updated_at: new Date(),
    })
    .where('id', '=', roomId)
    .execute();

  const removed = await eraseMessages(trx, scrub, roomId, userId);
  // Translations and the mediator's lines in other languages may carry their words or name;
  // they are made again, from the scrubbed lines, when someone next reads the room.
  await trx
    .deleteFrom('message_translations')
    .where('message_id', 'in', (eb) =>
      eb.selectFrom('messages').select('id').where('room_id', '=', roomId),
    )
    .execute();
  await eraseFeed(trx, scrub, roomId, userId, removed);
  await eraseDrafts(trx, scrub, roomId, userId);
  if (room.phase !== 'resolved') {
    // Nobody is left to confirm a draft with; the next person starts from a fresh one.
    await trx
      .updateTable('agreement_drafts')
      .set({ status: 'superseded' })
      .where('room_id', '=', roomId)
      .where('status', '=', 'open')
      .execute();
  }
  const agreement = await trx
    .selectFrom('agreements')
    .select(['id', 'text'])
    .where('room_id', '=', roomId)
    .executeTakeFirst();
  if (agreement && scrub.touches(agreement.text)) {
    await trx
      .updateTable('agreements')
      .set({ text: scrub.text(agreement.text) })
      .where('id', '=', agreement.id)
      .execute();
  }
  // Invites that were for them keep no name of theirs (their number and address go elsewhere).
  const invites = await trx
    .selectFrom('invites')
    .select(['id', 'recipient_name', 'used_by_user_id'])
    .where('room_id', '=', roomId)
    .where('recipient_name', 'is not', null)
    .execute();
  for (const invite of invites) {
    const name = invite.recipient_name!;
    if (invite.used_by_user_id === userId || scrub.touches(name)) {
      await trx
        .updateTable('invites')
        .set({ recipient_name: null })
        .where('id', '=', invite.id)
        .execute();
    }
  }
  const notices = await trx
    .selectFrom('notices')
    .select(['id', 'data'])
    .where('room_id', '=', roomId)
    .where('user_id', '!=', userId)
    .execute();
  for (const notice of notices) {
    const data = scrub.json(notice.data);
    if (JSON.stringify(data) !== JSON.stringify(notice.data)) {
      await trx
        .updateTable('notices')
        .set({ data: JSON.stringify(data) })
        .where('id', '=', notice.id)
        .execute();
    }
  }

  await postSystemNotice(trx, {
    roomId,
    ...catalogueNotice('room.other_erased', {}),
    alsoRecord:
      room.phase === 'resolved' ? [] : [{ roomId, type: 'phase', data: { phase: 'waiting' } }],
  });
}

/**
 * Their statements and the mediator's replies to them become the neutral line (and lose the
 * WhatsApp message id they came from); notices and the mediator's other lines lose their name
 * and words. Returns the ids of the messages replaced whole.
 */
async function eraseMessages(trx: Db, scrub: Scrubber, roomId: string, userId: string) {
  const theirs = await trx
    .selectFrom('messages')
    .select('id')
    .where('room_id', '=', roomId)
    .where('author_user_id', '=', userId)
    .where('author_kind', '=', 'participant')
    .execute();
  const ids = theirs.map((m) => m.id);
  const replies =
    ids.length === 0
      ? []
      : await trx
          .selectFrom('messages')
          .select('id')
          .where('reply_to_message_id', 'in', ids)
          .where('author_kind', '=', 'mediator')
          .execute();
  const removed = [...ids, ...replies.map((r) => r.id)];
  if (removed.length > 0) {
    // source_ref is write-once for the query builder (a retried job's key); erasure clears it.
    await sql`
      update messages set body = ${REMOVED_TEXT}, source_ref = null
      where id = any(${removed}::uuid[])
    `.execute(trx);
  }
  const others = await trx
    .selectFrom('messages')
    .select(['id', 'body'])
    .where('room_id', '=', roomId)
    .where('author_kind', '!=', 'participant')
    .where('body', '!=', REMOVED_TEXT)
    .execute();
  for (const message of others) {
    if (!scrub.touches(message.body)) continue;
    await trx
      .updateTable('messages')
      .set({ body: scrub.text(message.body) })
      .where('id', '=', message.id)
      .execute();
  }
  return removed;
}

/** The feed keeps a copy of each change for catching up; the copies follow the messages. */
async function eraseFeed(
  trx: Db,
  scrub: Scrubber,
  roomId: string,
  userId: string,
  removed: string[],
) {
  const removedIds = new Set(removed);
  const events = await trx
    .selectFrom('room_events')
    .select(['id', 'type', 'data'])
    .where('room_id', '=', roomId)
    .execute();
  for (const event of events) {
    const data = event.data as Record<string, unknown>;
    let next: Record<string, unknown>;
    if (event.type === 'message' && removedIds.has(String(data.id))) {
      next = { ...data, text: REMOVED_TEXT };
    } else if (
      event.type === 'message' &&
      data.author === 'participant' &&
      data.author_user_id !== userId
    ) {
      continue; // the other person's own words
    } else {
      // Someone else's answer to a draft keeps their note as they wrote it.
      next = scrub.json(data, (node) => 'note' in node && node.user_id !== userId);
    }
    if (JSON.stringify(next) === JSON.stringify(data)) continue;
    await trx
      .updateTable('room_events')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', event.id)
      .execute();
  }
}

/**
 * Drafts name both people; drafts never agreed lose what this person would have done, while the
 * draft both agreed keeps its commitments (with a neutral name).
 */
async function eraseDrafts(trx: Db, scrub: Scrubber, roomId: string, userId: string) {
  const drafts = await trx
    .selectFrom('agreement_drafts')
    .select(['id', 'status', 'summary', 'text', 'commitments'])
    .where('room_id', '=', roomId)
    .execute();
  for (const draft of drafts) {
    const commitments = draft.commitments.map((c) =>
      c.participant_id !== userId
        ? { ...c, text: scrub.text(c.text) }
        : draft.status === 'accepted'
          ? { participant_id: null, text: scrub.text(c.text) }
          : { participant_id: null, text: REMOVED_TEXT },
    );
    await trx
      .updateTable('agreement_drafts')
      .set({
        summary: scrub.text(draft.summary),
        text: scrub.text(draft.text),
        commitments: JSON.stringify(commitments),
      })
      .where('id', '=', draft.id)
      .execute();
  }
}
