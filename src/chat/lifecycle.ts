/** How a chat starts, moves to a new mediation, and leaves one. */

import { phoneOfKey } from '../channels/whatsapp/inbound/contact-identity.js';
import type { InboundMessage } from '../channels/whatsapp/inbound/inbound-message.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import type { OutboundWhatsApp } from '../channels/whatsapp/outbound-message.js';
import { notePersonWriting, offerLocale } from '../domain/accounts/person-locale.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import { createRoom } from '../domain/mediation/create-room.js';
import { closeOpenInvites } from '../domain/mediation/invites.js';
import { requestBreak } from '../domain/mediation/request-break.js';
import { catalogueNotice, postSystemNotice } from '../domain/mediation/system-notice.js';
import { LOCALES, type Locale } from '../i18n/locales.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import type { RoomPhase } from '../storage/schema.js';
import type { ChatContext } from './chat-context.js';
import { inRoom, roomOf } from './chat-states.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';
import {
  type Conversation,
  loadConversation,
  saveConversation,
  startOver,
} from './conversation-store.js';

/** A new chat's mediation is named in its person's language until the other person is invited. */
function newRoomTitle(locale: Locale): string {
  return text.t(locale, 'new_mediation.title');
}

/** Every language's name for a new chat's mediation (renamed once the other is invited). */
export const NEW_ROOM_TITLES = [...new Set(LOCALES.map(newRoomTitle))];

export interface RoomChoice {
  id: string;
  title: string;
  phase: RoomPhase;
  description: string;
}

/**
 * The chat's state, made on first contact: someone answering a WhatsApp invite is asked to take
 * part; someone already in a mediation is attached to it; anyone else is greeted and starts one.
 * `greeted` is true when the first message has been answered already: then the new chat, its
 * greeting and `finish` (the mark that the message is answered) committed together.
 */
export async function beginConversation(
  services: Services,
  waId: string,
  inbound: InboundMessage,
  finish: (trx: Db) => Promise<boolean>,
): Promise<{ conversation: Conversation; greeted: boolean; locale: Locale } | null> {
  const { db } = services;
  const contact = await db
    .selectFrom('whatsapp_contacts')
    .select(['opted_out_at'])
    .where('wa_id', '=', waId)
    .executeTakeFirst();
  if (!contact || contact.opted_out_at) return null;
  const existing = await loadConversation(db, waId, services.logger);
  // A retry after this commit finds the chat and answers as for any later message.
  return db.transaction().execute(async (trx) => {
    const userId = existing?.userId ?? (await userForNumber(trx, waId, inbound.profileName));
    const locale = await hearLanguage(trx, userId, waId, inbound);
    if (existing) return { conversation: existing, greeted: false, locale };
    const begun = await startConversation(services, trx, waId, userId, locale, inbound);
    if (begun.greeted && !(await finish(trx))) throw new Error('First message answered twice');
    return { ...begun, locale };
  });
}

/**
 * The one place the chat learns a person's language, before anything is said to them: the
 * language their invite named (when one is waiting for their number), then what each message is
 * written in (or their number's country). Returns the language to answer in.
 */
async function hearLanguage(
  trx: Db,
  userId: string,
  waId: string,
  inbound: InboundMessage,
): Promise<Locale> {
  const invite = await pendingInviteFor(trx, waId);
  if (invite?.recipient_locale) {
    await offerLocale(trx, userId, invite.recipient_locale, 'invite');
  }
  const written = inbound.kind === 'text' && !inbound.choiceId ? inbound.text : null;
  await notePersonWriting(trx, userId, written, phoneOfKey(waId));
  return localeOfUser(trx, userId);
}

async function startConversation(
  services: Services,
  trx: Db,
  waId: string,
  userId: string,
  locale: Locale,
  inbound: InboundMessage,
): Promise<{ conversation: Conversation; greeted: boolean }> {
  const conversation: Conversation = {
    waId,
    userId,
    chat: { state: 'no_room' },
    kept: {},
    lastInboundAt: inbound.sentAt,
    remindedAt: null,
  };
  const say = (message: OutboundWhatsApp | string) =>
    queueWhatsAppMessage(trx, {
      waId,
      message: typeof message === 'string' ? { kind: 'text', body: message } : message,
      reason: 'conversation',
      roomId: roomOf(conversation.chat),
    }).then(() => undefined);

  const invite = await pendingInviteFor(trx, waId);
  if (invite) {
    await askToTakePart(say, locale, conversation, invite);
    await saveConversation(trx, conversation);
    return { conversation, greeted: true };
  }

  const rooms = await roomChoices(trx, userId, locale);
  if (rooms.length === 1) {
    const room = rooms[0]!;
    conversation.chat = inRoom(room);
    conversation.kept.relayedEventId = await latestEventId(trx, room.id);
    await say(
      text.inRoomGreetingText(
        locale,
        inbound.profileName,
        room,
        `${services.config.publicUrl}/rooms/${room.id}`,
      ),
    );
    await saveConversation(trx, conversation);
    return { conversation, greeted: true };
  }
  if (rooms.length > 1) {
    conversation.chat = { state: 'choose_room', roomId: null, previous: 'joint' };
    await saveConversation(trx, conversation);
    return { conversation, greeted: false };
  }

  // No link invite: the chat invites by INVITE or a shared contact, when the person asks.
  const { room } = await createRoom(trx, userId, {
    title: newRoomTitle(locale),
    invite_link: false,
  });
  conversation.chat = { state: 'intake', roomId: room.id };
  await say(text.greetingText(locale, inbound.profileName));
  await saveConversation(trx, conversation);
  // A first message that already says what is going on is taken as the start of the intake.
  const substantive = (inbound.text ?? '').trim().split(/\s+/).length >= 6;
  return { conversation, greeted: !substantive };
}

/** Starts a fresh mediation from the chat (after one ended, or on NEW). */
export async function startNewMediation(ctx: ChatContext): Promise<void> {
  // Made with the step's commit, so a retried step makes no second room.
  ctx.inCommit(async (trx) => {
    const { room } = await createRoom(trx, ctx.conversation.userId, {
      title: newRoomTitle(ctx.locale),
      invite_link: false,
    });
    ctx.conversation.chat = { state: 'intake', roomId: room.id };
  });
  startOver(ctx.conversation, { state: 'no_room' });
  await ctx.say(text.t(ctx.locale, 'new_mediation'));
}

/** LEAVE: the chat stops following the mediation; the other person is told it has ended. */
export async function leaveRoom(ctx: ChatContext): Promise<void> {
  const { services, conversation } = ctx;
  const roomId = roomOf(conversation.chat);
  if (roomId) {
    const room = await services.db
      .selectFrom('rooms')
      .select(['phase'])
      .where('id', '=', roomId)
      .executeTakeFirst();
    if (room?.phase === 'active') {
      await requestBreak(services, ctx.actor(), roomId, 'left the mediation').catch(
        () => undefined,
      );
    }
    if (room && room.phase !== 'resolved') {
      await services.db.transaction().execute(async (trx) => {
        await closeOpenInvites(trx, roomId, conversation.userId);
        const user = await trx
          .selectFrom('users')
          .select('name')
          .where('id', '=', conversation.userId)
          .executeTakeFirstOrThrow();
        await postSystemNotice(trx, {
          roomId,
          authorUserId: conversation.userId,
          ...catalogueNotice('room.left', { name: user.name }),
        });
      });
    }
  }
  startOver(conversation, { state: 'no_room' });
  await ctx.say(text.t(ctx.locale, 'left'));
}

/** The unresolved mediations a person takes part in, most recent first. */
export async function roomChoices(db: Db, userId: string, locale: Locale): Promise<RoomChoice[]> {
  const rooms = await db
    .selectFrom('rooms')
    .innerJoin('participants', 'participants.room_id', 'rooms.id')
    .select(['rooms.id', 'rooms.title', 'rooms.phase', 'rooms.current_turn_user_id'])
    .where('participants.user_id', '=', userId)
    .where('rooms.phase', '!=', 'resolved')
    // A room begun by a first "hi" and never used (no word kept, nobody invited) is no choice.
    .where((eb) =>
      eb.or([
        eb('rooms.phase', '!=', 'waiting'),
        eb.exists(
          eb
            .selectFrom('invites')
            .select('invites.id')
            .whereRef('invites.room_id', '=', 'rooms.id'),
        ),
        eb.exists(
          eb
            .selectFrom('messages')
            .select('messages.id')
            .whereRef('messages.room_id', '=', 'rooms.id'),
        ),
      ]),
    )
    .orderBy('rooms.last_activity_at', 'desc')
    .execute();
  return rooms.map((room) => ({
    id: room.id,
    title: room.title,
    phase: room.phase,
    description: text.t(
      locale,
      room.phase === 'waiting'
        ? 'room.state.waiting'
        : room.phase === 'on_break'
          ? 'room.state.on_break'
          : room.current_turn_user_id === userId
            ? 'room.state.your_turn'
            : 'room.state.their_turn',
    ),
  }));
}

/**
 * The person behind a chat: the account or guest profile holding the number (or, for someone
 * writing by username, the one their contact belongs to), or a new guest who wrote in. Writing in
 * proves the chat: the number, or the business-scoped user id behind the contact key.
 */
async function userForNumber(db: Db, waId: string, profileName: string | null): Promise<string> {
  const phone = phoneOfKey(waId);
  const byPhone = phone
    ? await db
        .selectFrom('users')
        .select('id')
        // Only a proven number identifies anyone (a number typed into settings waits in
        // pending_phone_number); a full account first, then the newest proof.
        .where('phone_number', '=', phone)
        .orderBy('is_guest', 'asc')
        .orderBy('phone_number_verified_at', 'desc')
        .orderBy('created_at', 'desc')
        .executeTakeFirst()
    : undefined;
  // A contact first known by user id keeps its person when Meta later shows the number.
  const linked = byPhone
    ? undefined
    : await db
        .selectFrom('whatsapp_contacts')
        .innerJoin('users', 'users.id', 'whatsapp_contacts.user_id')
        .select('users.id')
        .where('whatsapp_contacts.wa_id', '=', waId)
        .executeTakeFirst();
  const known = byPhone ?? linked;
  const now = new Date();
  const userId =
    known?.id ??
    (
      await db
        .insertInto('users')
        .values({
          // The first name only: the profile's full name is more than the mediation needs.
          name: text.firstName(profileName)?.slice(0, 80) || 'Guest',
          is_guest: true,
          // Someone writing by username has no number Meedi8 may know.
          phone_number: phone,
          // Writing from the number proves it.
          phone_number_verified_at: phone ? now : null,
          // Writing to Meedi8 is the person's own opt-in to replies.
          whatsapp_opt_in: true,
          whatsapp_opt_in_at: now,
          whatsapp_opt_in_source: 'whatsapp_inbound',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await db
    .updateTable('whatsapp_contacts')
    .set({ user_id: userId, opted_in: true, opt_in_source: 'whatsapp_inbound', opt_in_at: now })
    .where('wa_id', '=', waId)
    .where('user_id', 'is', null)
    .execute();
  return userId;
}

/** The invited person is asked whether they want to take part (their consent comes first). */
export async function askToTakePart(
  say: (message: OutboundWhatsApp) => Promise<void>,
  locale: Locale,
  conversation: Conversation,
  invite: PendingInvite,
): Promise<void> {
  startOver(conversation, {
    state: 'invitee_consent',
    roomId: invite.room_id,
    inviteId: invite.id,
  });
  await say({
    kind: 'buttons',
    body: text.t(locale, 'invitee.welcome', { inviter: invite.inviter_name, title: invite.title }),
    buttons: [
      { id: CHOICE.consentYes, title: text.t(locale, 'button.take_part') },
      { id: CHOICE.consentNo, title: text.t(locale, 'button.not_now') },
    ],
  });
}

export interface PendingInvite {
  id: string;
  room_id: string;
  title: string;
  inviter_name: string;
  /** The language the inviter said the invited person reads, if they said. */
  recipient_locale: string | null;
}

/** The newest usable WhatsApp invite to this number into a mediation that is still waiting. */
export async function pendingInviteFor(db: Db, waId: string): Promise<PendingInvite | undefined> {
  return (
    db
      .selectFrom('invites')
      .innerJoin('rooms', 'rooms.id', 'invites.room_id')
      .innerJoin('users', 'users.id', 'invites.created_by')
      .select([
        'invites.id',
        'invites.room_id',
        'rooms.title',
        'users.name as inviter_name',
        'invites.recipient_locale',
      ])
      // A username-only contact has no number an invite could have gone to.
      .where('invites.recipient_phone', '=', phoneOfKey(waId) ?? '')
      .where('invites.used_at', 'is', null)
      .where('invites.revoked_at', 'is', null)
      .where('invites.expires_at', '>', new Date())
      .where('rooms.phase', '=', 'waiting')
      .orderBy('invites.created_at', 'desc')
      .executeTakeFirst()
  );
}

export async function latestEventId(db: Db, roomId: string): Promise<number> {
  const row = await db
    .selectFrom('room_events')
    .select((eb) => eb.fn.max('id').as('max'))
    .where('room_id', '=', roomId)
    .executeTakeFirst();
  return row?.max ?? 0;
}
