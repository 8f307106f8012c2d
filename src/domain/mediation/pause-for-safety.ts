/**
 * What happens when a message raises a safety concern: the joint session pauses, the person is
 * answered privately with calm signposting, the other person is told only that the session is
 * paused, and the flags are recorded.
 */

import { errors } from '../../errors.js';
import type { SafetyFlag } from '../../mediator/mediator.js';
import { countryFromLocale } from '../../safety/country-from-locale.js';
import { resourcesFor } from '../../safety/resources.js';
import { buildSafetyReply } from '../../safety/safety-reply.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { MessageRow, RoomRow } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { countryOfNumber } from '../phone-number.js';
import { announcePause } from './announce-pause.js';
import { toMessageView } from './message-view.js';
import { loadRoomFor } from './room-access.js';
import { recordRoomEvents } from './room-events.js';

export interface SafetyPauseInput {
  room: RoomRow;
  userId: string;
  /** The message that raised the concern; null when the person paused it themselves. */
  messageId: string | null;
  flags: SafetyFlag[];
  source: 'screen' | 'mediator' | 'person';
}

/** Pauses the room for safety inside `trx`; returns the private reply sent to the person. */
export async function pauseForSafety(
  trx: Db,
  services: Pick<Services, 'safetyResources' | 'config' | 'metrics'>,
  input: SafetyPauseInput,
): Promise<MessageRow> {
  const { room, userId, messageId, flags } = input;
  const user = await trx
    .selectFrom('users')
    .select(['name', 'phone_number', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const country =
    (user.phone_number && countryOfNumber(user.phone_number)) ||
    countryFromLocale(user.locale) ||
    services.config.defaultCountry;
  const resources = resourcesFor(services.safetyResources, country);

  if (messageId && flags.length > 0 && input.source !== 'person') {
    const source = input.source;
    await trx
      .insertInto('safety_flags')
      .values(
        flags.map((f) => ({
          room_id: room.id,
          message_id: messageId,
          user_id: userId,
          category: f.category,
          reason: f.reason,
          source,
        })),
      )
      .execute();
  }
  for (const flag of flags) services.metrics.safetyFlags.inc({ category: flag.category });

  const now = new Date();
  const alreadyPaused = room.phase === 'on_break' && room.safety_paused_by !== null;
  if (!alreadyPaused) {
    await trx
      .updateTable('rooms')
      .set({
        phase: 'on_break',
        break_reason: null,
        break_started_at: now,
        break_started_by: userId,
        safety_paused_by: userId,
        updated_at: now,
      })
      .where('id', '=', room.id)
      .execute();
  }

  const reply = await trx
    .insertInto('messages')
    .values({
      room_id: room.id,
      author_kind: 'mediator',
      author_user_id: null,
      visible_to_user_id: userId,
      kind: 'safety',
      body: buildSafetyReply(flags, resources, user.name),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordRoomEvents(trx, [
    { roomId: room.id, type: 'message', data: toMessageView(reply), visibleTo: userId },
  ]);
  if (!alreadyPaused) {
    await announcePause(trx, {
      roomId: room.id,
      pausedBy: userId,
      at: now,
      coalesceMs: services.config.noticeCoalesceMs,
    });
  }
  return reply;
}

/**
 * A person pauses the session for safety themselves (the web room's "Pause for safety"): as for
 * a flagged message, the other person learns only that the session is paused, and only the
 * person who paused it can resume.
 */
export async function pauseOnRequest(services: Services, actor: Actor, roomId: string) {
  await services.db.transaction().execute(async (trx) => {
    const { room } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'waiting') throw errors.roomWaiting();
    await pauseForSafety(trx, services, {
      room,
      userId: actor.userId,
      messageId: null,
      flags: [],
      source: 'person',
    });
  });
}
