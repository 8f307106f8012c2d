/**
 * Private intake in the chat of the person who started the mediation: the mediator coaches them,
 * one question at a time, until they invite the other person (INVITE, plain words or a shared
 * contact). Everything said here is stored as private to them in the room.
 */

import { phoneOfKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { askMediator } from '../domain/mediation/ask-mediator.js';
import { storedMessage } from '../domain/mediation/room-event.js';
import { recordRoomEvents } from '../domain/mediation/room-events.js';
import { handleDisclosure } from '../domain/safety/handle-disclosure.js';
import { screeningOf } from '../domain/safety/screening-state.js';
import { MeediError } from '../errors.js';
import type { TranscriptEntry } from '../mediator/mediator.js';
import { inviteByWhatsApp } from '../notifications/invite-by-whatsapp.js';
import type { Db } from '../storage/database.js';
import type { MessageRow } from '../storage/schema.js';
import type { ChatContext } from './chat-context.js';
import type { ChatIn, InviteReadBack } from './chat-states.js';
import * as text from './chat-texts.js';
import { CHOICE, type OfferedButton, typedChoice } from './choices.js';
import { NEW_ROOM_TITLES } from './lifecycle.js';
import type { ChatCommand } from './parse-command.js';
import { hasPhoneLike } from './parse-command.js';
import { type InviteParse, parseInvite, tidyName } from './parse-invite.js';
import { beginScreening } from './screening.js';

/** One private intake turn: the person's words, the mediator's next question. */
export async function continueIntake(
  ctx: ChatContext,
  roomId: string,
  words: string,
): Promise<void> {
  if (words.length === 0) return;
  const { services, conversation } = ctx;
  if (hasPhoneLike(words)) {
    const parsed = parseInvite(words, { defaultCountry: services.config.defaultCountry });
    if (parsed.kind !== 'none') return startInvite(ctx, roomId, parsed);
  }
  const flags = await services.safetyScreen.screen(words);
  const stored = await storePrivately(
    services.db,
    roomId,
    conversation.userId,
    'participant',
    words,
    { sourceRef: ctx.inbound.wamid },
  );
  if (flags.length > 0) {
    // Answered privately with helplines; the relay brings the reply into this chat.
    if (stored) {
      await services.db.transaction().execute((trx) =>
        handleDisclosure(trx, services, {
          roomId,
          userId: conversation.userId,
          messageId: stored.id,
          flags,
          source: 'screen',
          phoneNumber: phoneOfKey(conversation.waId),
        }),
      );
    }
    return;
  }

  await ctx.typing();
  const partner = await partnerOf(ctx, roomId);
  const transcript = await privateTranscript(services.db, roomId, conversation.userId);
  const response = await askMediator(services, {
    kind: 'intake',
    room: await roomInfo(services.db, roomId),
    participants: [{ id: conversation.userId, name: await nameOf(ctx), role: 'owner' }],
    transcript,
    personId: conversation.userId,
    latest: { text: words },
    partner,
    role: 'owner',
    // The chat's greeting promised privacy already.
    privacyPromised: true,
  }).catch(() => null);
  if (!response) {
    return ctx.say(text.t(ctx.locale, 'intake.trouble'));
  }
  await storePrivately(services.db, roomId, conversation.userId, 'mediator', response.reply);
  const turns = (conversation.kept.intakeTurns ?? 0) + 1;
  conversation.kept.intakeTurns = turns;
  await ctx.say(response.reply);
  const ready = response.intake?.readyForJointSession || turns >= 4;
  if (ready && !partner.invited && !/\bINVITE\b/.test(response.reply)) {
    await ctx.say(text.t(ctx.locale, 'invite.how'));
  }
}

/** Reads back who will be invited, and asks before sending. */
export async function startInvite(
  ctx: ChatContext,
  roomId: string,
  parsed: InviteParse,
): Promise<void> {
  const { conversation } = ctx;
  const { locale } = ctx;
  if ((await partnerOf(ctx, roomId)).joined) {
    return ctx.say(text.t(locale, 'invite.only_before_join'));
  }
  if (parsed.kind === 'none') return ctx.say(text.t(locale, 'invite.how'));
  if (parsed.kind === 'bad_number') {
    const key = parsed.incomplete ? 'invite.incomplete_number' : 'invite.bad_number';
    return ctx.say(text.t(locale, key, { written: parsed.written }));
  }
  const pendingInvite = { phoneNumber: parsed.phoneNumber, name: parsed.name };
  conversation.chat = { state: 'confirm_invite', roomId, pendingInvite, reasked: false };
  if (!parsed.name) return ctx.say(text.t(locale, 'invite.needs_name'));
  return askToSend(ctx, pendingInvite);
}

/**
 * The buttons under the read-back invite; typing their words (or yes/no) works as a tap, in the
 * person's language or in English.
 */
function sendOrChange(locale: text.Locale): OfferedButton[] {
  return [
    { id: CHOICE.sendInvite, title: text.t(locale, 'button.send_invite'), means: 'yes' },
    { id: CHOICE.changeInvite, title: text.t(locale, 'button.change'), means: 'no' },
  ];
}

/** Send, change, or (when the name was missing) the name. */
export async function submitInvite(
  ctx: ChatContext,
  chat: ChatIn<'confirm_invite'>,
  tapped: string | null,
  tappedCommand: ChatCommand | null,
  words: string,
): Promise<void> {
  const { services, conversation } = ctx;
  const typed = tapped
    ? null
    : (typedChoice(words, sendOrChange(ctx.locale)) ?? typedChoice(words, sendOrChange('en-GB')));
  const choice = tapped ?? typed;
  const command: ChatCommand | null =
    typed === CHOICE.sendInvite
      ? { kind: 'yes' }
      : typed === CHOICE.changeInvite
        ? { kind: 'no', note: null }
        : tappedCommand;
  const { roomId, pendingInvite: pending } = chat;
  // Where the chat goes back to when nothing is sent.
  const back = {
    state: (await partnerOf(ctx, roomId)).invited ? 'awaiting_partner' : 'intake',
    roomId,
  } as const;
  if (!pending.name && !choice && !command) {
    const name = tidyName(words);
    if (!name) return ctx.say(text.t(ctx.locale, 'invite.needs_name'));
    pending.name = name;
    return askToSend(ctx, pending);
  }
  if (command?.kind === 'yes') {
    try {
      await inviteByWhatsApp(services, ctx.actor(), roomId, {
        phoneNumber: pending.phoneNumber,
        recipientName: pending.name ?? undefined,
      });
    } catch (err) {
      if (!(err instanceof MeediError) || err.statusCode >= 500) throw err;
      conversation.chat = back;
      return ctx.say(err.message);
    }
    await nameRoomAfter(ctx, roomId, pending.name);
    conversation.chat = { state: 'awaiting_partner', roomId };
    await ctx.say(text.inviteSentText(ctx.locale, pending.name));
    // Each person is screened privately before the joint session; this one while they wait.
    const mine = await screeningOf(services.db, roomId, conversation.userId);
    if (mine.status === 'needed') await beginScreening(ctx, roomId, 'awaiting_partner');
    return;
  }
  if (command?.kind === 'no') {
    conversation.chat = back;
    return ctx.say(text.t(ctx.locale, 'invite.cancelled'));
  }
  if (command?.kind === 'invite' || hasPhoneLike(words)) {
    const rest = command?.kind === 'invite' ? command.text : words;
    return startInvite(
      ctx,
      roomId,
      parseInvite(rest, {
        defaultCountry: services.config.defaultCountry,
        explicit: command?.kind === 'invite',
      }),
    );
  }
  // Asked again once; after that the message is what they wanted to say next, not an answer.
  if (!chat.reasked) {
    chat.reasked = true;
    return askToSend(ctx, pending);
  }
  conversation.chat = back;
  await ctx.say(text.inviteNotSentText(ctx.locale, pending.name));
  return continueIntake(ctx, roomId, words);
}

async function askToSend(ctx: ChatContext, pending: InviteReadBack): Promise<void> {
  await ctx.say({
    kind: 'buttons',
    body: text.confirmInviteText(ctx.locale, pending.name, pending.phoneNumber),
    buttons: sendOrChange(ctx.locale).map(({ id, title }) => ({ id, title })),
  });
}

/** A mediation started in a chat is named after the two people once the other is invited. */
async function nameRoomAfter(
  ctx: ChatContext,
  roomId: string,
  partnerName: string | null,
): Promise<void> {
  if (!partnerName) return;
  const owner = await nameOf(ctx);
  await ctx.services.db
    .updateTable('rooms')
    .set({
      title: text
        .t(ctx.locale, 'room.title_two', {
          first: text.firstName(owner) ?? owner,
          second: partnerName,
        })
        .slice(0, 120),
    })
    .where('id', '=', roomId)
    .where('title', 'in', NEW_ROOM_TITLES)
    .execute();
}

/**
 * Stores a line of private conversation in the room, visible only to `userId`; returns it, or
 * undefined when a retried job had already stored it.
 */
export async function storePrivately(
  db: Db,
  roomId: string,
  userId: string,
  author: 'participant' | 'mediator',
  body: string,
  options: { sourceRef?: string } = {},
): Promise<MessageRow | undefined> {
  return db.transaction().execute(async (trx) => {
    const message = await trx
      .insertInto('messages')
      .values({
        room_id: roomId,
        author_kind: author,
        author_user_id: author === 'participant' ? userId : null,
        visible_to_user_id: userId,
        kind: author === 'participant' ? 'statement' : 'reply',
        body,
        // The chat message it came from: a retried job does not store it twice.
        source_ref: options.sourceRef ?? null,
      })
      .onConflict((oc) => oc.column('source_ref').where('source_ref', 'is not', null).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!message) return undefined;
    await recordRoomEvents(trx, [
      { roomId, type: 'message', data: storedMessage(message), visibleTo: userId },
    ]);
    return message;
  });
}

/** The person's private conversation with the mediator in this room, oldest first. */
export async function privateTranscript(
  db: Db,
  roomId: string,
  userId: string,
): Promise<TranscriptEntry[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['author_kind', 'author_user_id', 'body', 'created_at'])
    .where('room_id', '=', roomId)
    .where('visible_to_user_id', '=', userId)
    .orderBy('seq')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    participantId: r.author_kind === 'participant' ? r.author_user_id : null,
    text: r.body,
    at: r.created_at,
  }));
}

export async function roomInfo(db: Db, roomId: string) {
  return db
    .selectFrom('rooms')
    .select(['id', 'title', 'topic'])
    .where('id', '=', roomId)
    .executeTakeFirstOrThrow();
}

async function nameOf(ctx: ChatContext): Promise<string> {
  const user = await ctx.services.db
    .selectFrom('users')
    .select('name')
    .where('id', '=', ctx.conversation.userId)
    .executeTakeFirstOrThrow();
  return user.name;
}

/** Whether the other person has been invited or has joined, and their name if known. */
async function partnerOf(
  ctx: ChatContext,
  roomId: string,
): Promise<{ name: string | null; invited: boolean; joined: boolean }> {
  const { db } = ctx.services;
  const other = await db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select('users.name')
    .where('participants.room_id', '=', roomId)
    .where('participants.user_id', '!=', ctx.conversation.userId)
    .executeTakeFirst();
  if (other) return { name: other.name, invited: true, joined: true };
  const invite = await db
    .selectFrom('invites')
    .select('recipient_name')
    .where('room_id', '=', roomId)
    .where('revoked_at', 'is', null)
    .where((eb) =>
      eb.or([eb('recipient_phone', 'is not', null), eb('recipient_email', 'is not', null)]),
    )
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return { name: invite?.recipient_name ?? null, invited: invite !== undefined, joined: false };
}
