/**
 * The one answer to words that raise a safety concern, whichever front end they came through
 * (a web turn or held message, the WhatsApp intakes, a WhatsApp turn, the mediator's own flag, the
 * "Pause for safety" button): the flags are recorded, a joint session pauses (the other person
 * learns only that it is paused), screening re-opens privately for the person, and they get a
 * private reply with the helplines of their country.
 */
import type { SafetyFlag } from '../../mediator/mediator.js';
import { countryFromLocale } from '../../safety/country-from-locale.js';
import { resourcesFor } from '../../safety/resources.js';
import { buildSafetyReply, type SafetySituation } from '../../safety/safety-reply.js';
import type { Services } from '../../services.js';
import type { Db } from '../../storage/database.js';
import type { MessageRow } from '../../storage/schema.js';
import { localeOf } from '../accounts/person-locale.js';
import { announcePause } from '../mediation/announce-pause.js';
import { storedMessage } from '../mediation/room-event.js';
import { recordRoomEvents } from '../mediation/room-events.js';
import { countryOfNumber } from '../phone-number.js';
import { reopenScreening } from './reopen-screening.js';

export interface DisclosureInput {
  roomId: string;
  userId: string;
  /** The stored words that raised the concern; null when none are kept in the room. */
  messageId: string | null;
  flags: SafetyFlag[];
  /** `person`: they paused it themselves; nothing is flagged or re-screened. */
  source: 'screen' | 'mediator' | 'person';
  /** The number they wrote from, when in a WhatsApp chat (it picks the helplines' country). */
  phoneNumber?: string | null;
  /** False: the reply is only returned, for a chat not yet in the room (the invitee's intake). */
  keepReply?: boolean;
}

export interface DisclosureOutcome {
  /** The private reply, with helplines. */
  text: string;
  /** The reply as stored in the room (private to the person), unless `keepReply` was false. */
  reply: MessageRow | null;
  /** True when a joint session was paused (or already was, for safety). */
  paused: boolean;
}

/** Handles a disclosure inside the caller's transaction (see the file's comment). */
export async function handleDisclosure(
  trx: Db,
  services: Pick<Services, 'safetyResources' | 'config' | 'metrics'>,
  input: DisclosureInput,
): Promise<DisclosureOutcome> {
  const { roomId, userId, flags } = input;
  const room = await trx
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', roomId)
    .forUpdate()
    .executeTakeFirstOrThrow();

  if (flags.length > 0 && input.source !== 'person') {
    const source = input.source;
    await trx
      .insertInto('safety_flags')
      .values(
        flags.map((f) => ({
          room_id: roomId,
          message_id: input.messageId,
          user_id: userId,
          category: f.category,
          reason: f.reason,
          source,
        })),
      )
      .execute();
    await reopenScreening(trx, roomId, userId);
  }
  for (const flag of flags) services.metrics.safetyFlags.inc({ category: flag.category });

  const joint = room.phase === 'active' || room.phase === 'on_break';
  if (joint && room.safety_paused_by === null && room.phase === 'on_break') {
    // Already paused (a break): the break stays as it is and whose it is; the safety pause holds
    // alongside it, so the break's owner sees nothing change (see mediation/pause-owner.ts).
    await trx
      .updateTable('rooms')
      .set({ safety_paused_by: userId, updated_at: new Date() })
      .where('id', '=', roomId)
      .execute();
  } else if (joint && room.safety_paused_by === null) {
    const now = new Date();
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
      .where('id', '=', roomId)
      .execute();
    await announcePause(trx, {
      roomId,
      pausedBy: userId,
      at: now,
      coalesceMs: services.config.noticeCoalesceMs,
    });
  }

  const text = await privateSafetyReply(trx, services, {
    userId,
    flags,
    situation: joint ? 'paused' : 'private',
    phoneNumber: input.phoneNumber,
  });
  if (input.keepReply === false) return { text, reply: null, paused: joint };
  const reply = await keepPrivately(trx, roomId, userId, 'safety', text);
  return { text, reply, paused: joint };
}

/**
 * The private reply in the person's language, with the helplines of their country (their number,
 * else their locale).
 */
export async function privateSafetyReply(
  trx: Db,
  services: Pick<Services, 'safetyResources' | 'config'>,
  input: {
    userId: string;
    flags: SafetyFlag[];
    situation: SafetySituation;
    phoneNumber?: string | null;
  },
): Promise<string> {
  const user = await trx
    .selectFrom('users')
    .select(['name', 'phone_number', 'locale'])
    .where('id', '=', input.userId)
    .executeTakeFirstOrThrow();
  const country =
    (input.phoneNumber && countryOfNumber(input.phoneNumber)) ||
    (user.phone_number && countryOfNumber(user.phone_number)) ||
    countryFromLocale(user.locale) ||
    services.config.defaultCountry;
  return buildSafetyReply(
    input.flags,
    resourcesFor(services.safetyResources, country),
    user.name,
    input.situation,
    localeOf(user),
  );
}

/** Stores a mediator line only this person sees, and records it on the room's feed. */
export async function keepPrivately(
  trx: Db,
  roomId: string,
  userId: string,
  kind: 'safety' | 'screening',
  body: string,
): Promise<MessageRow> {
  const message = await trx
    .insertInto('messages')
    .values({
      room_id: roomId,
      author_kind: 'mediator',
      author_user_id: null,
      visible_to_user_id: userId,
      kind,
      body,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordRoomEvents(trx, [
    { roomId, type: 'message', data: storedMessage(message), visibleTo: userId },
  ]);
  return message;
}
