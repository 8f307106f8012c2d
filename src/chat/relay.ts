/**
 * The room, relayed into each WhatsApp chat that follows it: the other person's words (quoted,
 * so they can never pass for another speaker's: see attribution.ts), the mediator's replies, breaks, drafts and the agreement. It reads the room's
 * event feed from the chat's cursor, so nothing is sent twice and nothing is skipped, and it
 * runs in the person's serial queue, after their own message has been handled.
 * Free-form text needs the 24-hour window: when it is closed the cursor waits (the notices
 * send templates meanwhile) and the chat catches up as soon as the person writes again.
 */
import { Type } from '@sinclair/typebox';
import { currentContactKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import type { OutboundWhatsApp } from '../channels/whatsapp/outbound-message.js';
import { isServiceWindowOpen } from '../channels/whatsapp/service-window.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import { type DraftVersions, inLocale } from '../domain/mediation/agreement-drafts.js';
import { agreementLinkUrl } from '../domain/mediation/agreement-links.js';
import { inViewerLanguage } from '../domain/mediation/message-languages.js';
import { type MessageView, messageViewFromStored } from '../domain/mediation/message-view.js';
import { holdsPause } from '../domain/mediation/pause-owner.js';
import {
  type RecordedRoomEvent,
  readRoomEvent,
  type StoredMessage,
} from '../domain/mediation/room-event.js';
import type { Locale } from '../i18n/locales.js';
import { addJob } from '../jobs/enqueue.js';
import { defineJob } from '../jobs/job-definition.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import { scheduleAgreementDocument } from './agreement-document.js';
import { noticeText, quoted, speakerName } from './attribution.js';
import { followsRoom } from './chat-states.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';
import { type Conversation, loadConversation, saveConversation } from './conversation-store.js';
import { draftMessages } from './draft-answers.js';
import { translatedLine } from './translated-lines.js';

export const RELAY_TASK = { name: 'whatsapp.relay', maxAttempts: 10 };
const BATCH = 200;

/**
 * The queue that serialises everything one person's chat does, named by the contact's opaque
 * `chat_id`: queue names and job keys outlive jobs, so they must not carry the number.
 */
export function chatQueue(chatId: string): string {
  return `whatsapp-chat:${chatId}`;
}

/** The chat queue of a number that has written to Meedi8 (its contact exists). */
export async function chatQueueOf(db: Db, waId: string): Promise<string> {
  const contact = await db
    .selectFrom('whatsapp_contacts')
    .select('chat_id')
    .where('wa_id', '=', waId)
    .executeTakeFirstOrThrow();
  return chatQueue(contact.chat_id);
}

/** Queues a relay for every chat following the room (inside the caller's transaction). */
export async function scheduleRelayForRoom(trx: Db, roomId: string): Promise<void> {
  const chats = await trx
    .selectFrom('whatsapp_conversations')
    .innerJoin('whatsapp_contacts', 'whatsapp_contacts.wa_id', 'whatsapp_conversations.wa_id')
    .select(['whatsapp_conversations.wa_id', 'whatsapp_contacts.chat_id'])
    .where('whatsapp_conversations.room_id', '=', roomId)
    .execute();
  for (const chat of chats) {
    await addJob(
      trx,
      RELAY_TASK,
      { wa_id: chat.wa_id },
      { jobKey: `relay:${chat.chat_id}`, queueName: chatQueue(chat.chat_id) },
    );
  }
}

export const relayJob = defineJob({
  ...RELAY_TASK,
  payload: Type.Object({ wa_id: Type.String() }),
  async handle(payload, services) {
    // A relay queued before the contact was re-keyed (a new user id) goes to its key now.
    await relayRoomEvents(services, await currentContactKey(services.db, payload.wa_id));
  },
});

interface RelayContext {
  services: Services;
  conversation: Conversation;
  /** The room relayed (the chat follows it). */
  roomId: string;
  names: Map<string, string>;
  /** The accepted draft's summary, when this batch resolves the room. */
  summary: string | null;
  /** The versions in other languages of the drafts in this batch, by draft id. */
  draftVersions: Map<string, DraftVersions>;
  /** Who each invite in this batch that this person sent went to, by invite id. */
  inviteeNames: Map<string, string | null>;
  /** The room's phase now (events in the batch may be older). */
  roomPhase: string;
  /** Whose turn it is now. */
  currentTurnUserId: string | null;
  /** The room is paused now, by this person (only they can resume). */
  pausedByMe: boolean;
  /** The language of the person this chat belongs to. */
  locale: Locale;
  out: OutboundWhatsApp[];
  /** Where in `out` the chat is told the joint session has started (the hand-over). */
  handOverAt: number | null;
  /** The room's owner, who speaks first in the joint session. */
  ownerUserId: string;
  /** A mediator line was relayed: tell the person if the turn is now theirs. */
  mediatorSpoke: boolean;
  joined: boolean;
  resolved: boolean;
  /** The batch's messages as this person reads them (message-languages.ts). */
  views: Map<string, MessageView>;
}

/** Sends the chat everything that happened in its room since its cursor. */
export async function relayRoomEvents(services: Services, waId: string): Promise<void> {
  const { db } = services;
  const conversation = await loadConversation(db, waId, services.logger);
  const chat = conversation?.chat;
  if (!conversation || !chat || !followsRoom(chat)) return;
  const contact = await db
    .selectFrom('whatsapp_contacts')
    .select(['last_inbound_at', 'opted_out_at', 'undeliverable_at'])
    .where('wa_id', '=', waId)
    .executeTakeFirst();
  if (!contact || contact.opted_out_at || contact.undeliverable_at) return;
  if (!isServiceWindowOpen(contact.last_inbound_at)) return;
  const { roomId } = chat;
  const events = (
    await db
      .selectFrom('room_events')
      .select(['id', 'type', 'data'])
      .where('room_id', '=', roomId)
      .where('id', '>', conversation.kept.relayedEventId ?? 0)
      .where((eb) =>
        eb.or([
          eb('visible_to_user_id', 'is', null),
          eb('visible_to_user_id', '=', conversation.userId),
        ]),
      )
      .orderBy('id')
      .limit(BATCH)
      .execute()
  ).map(readRoomEvent);
  if (events.length === 0) return;

  const people = await db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['users.id', 'users.name'])
    .where('participants.room_id', '=', roomId)
    .execute();
  const locale = await localeOfUser(db, conversation.userId);
  // The agreement's summary goes into the chat (never into a template: lock screens show those),
  // in the reader's language.
  const accepted = events.some((e) => e.type === 'agreement')
    ? await db
        .selectFrom('agreement_drafts')
        .select(['text', 'summary', 'versions'])
        .where('room_id', '=', roomId)
        .where('status', '=', 'accepted')
        .executeTakeFirst()
    : undefined;
  const summary = accepted ? inLocale(accepted, accepted.versions, locale).summary : null;
  // Drafts are shown in the reader's language: each draft's versions, read once for the batch.
  const draftIds = events.flatMap((e) => (e.type === 'agreement_draft' ? [e.data.id] : []));
  const draftVersions = new Map(
    draftIds.length === 0
      ? []
      : (
          await db
            .selectFrom('agreement_drafts')
            .select(['id', 'versions'])
            .where('id', 'in', draftIds)
            .execute()
        ).map((d) => [d.id, d.versions as DraftVersions]),
  );
  const room = await db
    .selectFrom('rooms')
    .select([
      'phase',
      'current_turn_user_id',
      'break_started_by',
      'safety_paused_by',
      'owner_user_id',
    ])
    .where('id', '=', roomId)
    .executeTakeFirstOrThrow();
  const inviteIds = events.flatMap((e) => (e.type === 'invite' ? [e.data.invite_id] : []));
  const invitees =
    inviteIds.length === 0
      ? []
      : await db
          .selectFrom('invites')
          .select(['id', 'recipient_name'])
          .where('id', 'in', inviteIds)
          // Only the person who invited hears how the invite is getting on.
          .where('created_by', '=', conversation.userId)
          .execute();
  const ctx: RelayContext = {
    services,
    conversation,
    roomId,
    summary,
    draftVersions,
    inviteeNames: new Map(invitees.map((i) => [i.id, i.recipient_name])),
    roomPhase: room.phase,
    currentTurnUserId: room.current_turn_user_id,
    pausedByMe: room.phase === 'on_break' && holdsPause(room, conversation.userId),
    names: new Map(people.map((p) => [p.id, p.name])),
    locale,
    out: [],
    handOverAt: null,
    ownerUserId: room.owner_user_id,
    mediatorSpoke: false,
    joined: false,
    resolved: false,
    views: new Map(),
  };
  // Each line as this person reads it: the mediator's in their language, the other's translated.
  ctx.views = new Map(
    (
      await inViewerLanguage(
        services,
        conversation.userId,
        events.flatMap((e) => (e.type === 'message' ? [messageViewFromStored(e.data)] : [])),
      )
    ).map((view) => [view.id, view]),
  );
  for (const event of events) relayEvent(ctx, event);

  if (
    ctx.mediatorSpoke &&
    room.phase === 'active' &&
    room.current_turn_user_id === conversation.userId
  ) {
    ctx.out.push({ kind: 'text', body: text.t(ctx.locale, 'relay.your_turn') });
  }

  conversation.kept.relayedEventId = events[events.length - 1]!.id;
  const handOverAt = ctx.handOverAt === null ? null : joinedIndex(ctx.out, ctx.handOverAt);
  await db.transaction().execute(async (trx) => {
    for (const [i, message] of joinTexts(ctx.out).entries()) {
      const ids = await queueWhatsAppMessage(trx, { waId, message, reason: 'relay', roomId });
      // Words that reach Meedi8 before this message has left count as written before it.
      if (i === handOverAt) conversation.kept.handOver = { roomId, messageId: ids.at(-1)! };
    }
    await saveConversation(trx, conversation);
    if (ctx.resolved) await scheduleAgreementDocument(trx, waId, roomId);
  });
  // More than one batch waiting: carry on in a fresh job.
  if (events.length === BATCH) {
    await addJob(db, RELAY_TASK, { wa_id: waId }, { queueName: await chatQueueOf(db, waId) });
  }
}

function relayEvent(ctx: RelayContext, event: RecordedRoomEvent) {
  const me = ctx.conversation.userId;
  const { locale } = ctx;
  const say = (body: string): void => {
    ctx.out.push({ kind: 'text', body });
  };
  switch (event.type) {
    case 'message':
      return relayMessage(ctx, event.data);
    case 'participant_joined': {
      ctx.joined = true;
      // A chat answering its screening questions carries on with them first.
      toJoint(ctx);
      return;
    }
    case 'invite': {
      const { progress, invite_id: inviteId, channel } = event.data;
      // Progress matters only to the inviter, and only until the other person has joined.
      if (!progress || channel !== 'whatsapp' || !ctx.inviteeNames.has(inviteId)) return;
      if (ctx.joined || ctx.roomPhase !== 'waiting') return;
      const name = ctx.inviteeNames.get(inviteId) ?? null;
      const line = text.inviteProgressText(locale, text.firstName(name), progress);
      if (line) say(line);
      return;
    }
    case 'phase': {
      const data = event.data;
      if (data.phase === 'on_break') {
        // The other person hears only the room's neutral notice: no button, no reason.
        if (!ctx.pausedByMe) return;
        ctx.out.push({
          kind: 'buttons',
          body: text.t(locale, 'paused_by_you'),
          buttons: [{ id: CHOICE.resume, title: text.t(locale, 'button.resume') }],
        });
      } else if (data.phase === 'active' && data.started === true) {
        // Both are screened: the joint session begins.
        toJoint(ctx);
        const other = [...ctx.names].find(([id]) => id !== me)?.[1];
        ctx.handOverAt = ctx.out.length;
        say(
          text.jointStartedText(
            locale,
            text.firstName(other) ?? text.t(locale, 'someone.other'),
            ctx.ownerUserId === me,
          ),
        );
      } else if (data.phase === 'active') {
        // Any other "active" is the end of a pause: say whose turn it is.
        const turn = ctx.currentTurnUserId;
        say(
          turn === me
            ? text.t(locale, 'relay.resumed.your_turn')
            : turn && ctx.names.has(turn)
              ? text.t(locale, 'relay.resumed.their_turn', {
                  name: text.firstName(ctx.names.get(turn)) ?? ctx.names.get(turn),
                })
              : text.t(locale, 'relay.resumed'),
        );
      }
      return;
    }
    case 'agreement_draft': {
      const draft = inLocale(event.data, ctx.draftVersions.get(event.data.id), locale);
      if (ctx.conversation.kept.shownDraftId === draft.id) return;
      ctx.conversation.kept.shownDraftId = draft.id;
      ctx.out.push(
        ...draftMessages(
          { ...draft, proposed_by: draft.proposed_by ?? null },
          ctx.names,
          me,
          locale,
        ),
      );
      return;
    }
    case 'agreement': {
      ctx.resolved = true;
      const url = agreementLinkUrl(ctx.services.config, ctx.roomId, ctx.conversation.userId);
      say(text.resolvedText(locale, ctx.summary, url));
      ctx.out.push({
        kind: 'buttons',
        body: text.t(locale, 'check_in.offer'),
        buttons: [
          { id: CHOICE.checkInYes, title: text.t(locale, 'button.check_in') },
          { id: CHOICE.checkInNo, title: text.t(locale, 'button.no_thanks') },
        ],
      });
      return;
    }
    case 'held_released':
      return say(text.t(locale, 'released'));
    default:
      return;
  }
}

/** The joint session has begun: the chat moves to it (after any screening questions). */
function toJoint(ctx: RelayContext): void {
  if (ctx.conversation.chat.state === 'screening') return;
  ctx.conversation.chat = { state: 'joint', roomId: ctx.roomId };
}

function relayMessage(ctx: RelayContext, message: StoredMessage) {
  const me = ctx.conversation.userId;
  const say = (body: string): void => {
    ctx.out.push({ kind: 'text', body });
  };
  if (message.private) {
    // Private lines are answered in the chat as they happen; only the safety reply and the
    // room's own notes to this person (the other writes another language) are relayed.
    if (message.kind === 'safety') say(message.text);
    if (message.author === 'system' && message.kind === 'notice') {
      say(`ℹ️ ${ctx.views.get(message.id)?.text ?? message.text}`);
    }
    return;
  }
  if (message.author === 'participant') {
    // A proposed agreement is sent with its buttons from the draft event.
    if (message.author_user_id === me || message.kind === 'draft') return;
    const name = speakerName(
      ctx.names.get(message.author_user_id ?? ''),
      text.t(ctx.locale, 'someone.other.start'),
    );
    const view = ctx.views.get(message.id);
    if (view?.translation) {
      return say(`💬 ${name}:\n${translatedLine(view.translation, view.language ?? null)}`);
    }
    return say(`💬 ${name}:\n${quoted(message.text)}`);
  }
  if (message.author === 'mediator') {
    if (message.kind === 'draft') return; // sent with its buttons from the draft event
    ctx.mediatorSpoke = true;
    const view = ctx.views.get(message.id);
    return say(
      `${text.t(ctx.locale, 'relay.mediator')}\n${view?.translation?.text ?? view?.text ?? message.text}`,
    );
  }
  if (message.author_user_id === me) return; // the person's own break, resume or confirmation
  say(`ℹ️ ${noticeText(ctx.views.get(message.id)?.text ?? message.text)}`);
}

/** The position in `joinTexts(messages)` of the message that carries `messages[index]`. */
export function joinedIndex(messages: OutboundWhatsApp[], index: number): number {
  let position = -1;
  for (let i = 0; i <= index; i++) {
    const joinsPrevious = messages[i]!.kind === 'text' && messages[i - 1]?.kind === 'text';
    if (!joinsPrevious) position++;
  }
  return position;
}

/**
 * Adjacent lines go as one message: Meta allows about one message every six seconds to a person
 * (after a short burst), so a turn relayed as one message arrives at once instead of trickling.
 */
export function joinTexts(messages: OutboundWhatsApp[]): OutboundWhatsApp[] {
  const joined: OutboundWhatsApp[] = [];
  for (const message of messages) {
    const last = joined.at(-1);
    if (message.kind === 'text' && last?.kind === 'text') {
      joined[joined.length - 1] = { kind: 'text', body: `${last.body}\n\n${message.body}` };
    } else {
      joined.push(message);
    }
  }
  return joined;
}
