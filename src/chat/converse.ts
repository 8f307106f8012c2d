/**
 * A whole mediation inside WhatsApp: each message a person writes to the Meedi8 number is
 * answered here, according to where their chat stands (see `chat-states.ts`). The chat
 * drives the same domain actions as the web room, so both show one room with one state.
 */

import { CONTINUE_PREFIX } from '../channels/whatsapp/inbound/continue-button.js';
import type { InboundMessage } from '../channels/whatsapp/inbound/inbound-message.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { createSignInLink } from '../domain/accounts/sign-in-links.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import type { ChatContext, FinishStep } from './chat-context.js';
import { type ChatIn, type ChatStateName, inMediation, roomOf } from './chat-states.js';
import * as text from './chat-texts.js';
import { bookCheckIn } from './check-in.js';
import { CHOICE } from './choices.js';
import { type Conversation, saveConversation } from './conversation-store.js';
import { tappedDraft } from './draft-answers.js';
import { continueIntake, startInvite, submitInvite } from './intake.js';
import { continueInviteeIntake, inviteeConsents } from './invitee.js';
import { jointSession } from './joint-session.js';
import {
  askToTakePart,
  beginConversation,
  leaveRoom,
  pendingInviteFor,
  startNewMediation,
} from './lifecycle.js';
import { type ChatCommand, parseCommand } from './parse-command.js';
import { inviteFromContacts, parseInvite } from './parse-invite.js';
import { chooseRoom, offerRoomChoice } from './room-choice.js';
import { beginScreening, continueScreening, screeningWaiting } from './screening.js';
import { statusText } from './status.js';
import { hearVoiceNote } from './voice-notes.js';

/** LINK and its plain forms: open this mediation in a browser. */
const BROWSER_WORDS = /^(link|browser|web|open (it )?in (the |my )?browser)[.!]?$/i;

/**
 * Answers one inbound message. Called by the person's serial conversation job. The replies, the
 * chat's state and `finish` commit in one transaction at the end: a step that fails (or whose
 * process dies) before it has sent nothing, and its retry answers once.
 */
export async function converse(
  services: Services,
  inbound: InboundMessage,
  finish: FinishStep = async () => true,
): Promise<void> {
  const waId = inbound.waId!;
  const begun = await beginConversation(services, waId, inbound, finish);
  if (!begun) {
    await services.db.transaction().execute(finish); // opted out: nothing to say
    return;
  }
  const { conversation, greeted, locale } = begun;
  if (greeted) return; // answered with the new chat's greeting (committed with `finish`)
  conversation.lastInboundAt = inbound.sentAt;
  conversation.remindedAt = null;
  const changes: ((trx: Db) => Promise<void>)[] = [];
  const ctx: ChatContext = {
    services,
    conversation,
    inbound,
    locale,
    async say(message) {
      changes.push(async (trx) => {
        await queueWhatsAppMessage(trx, {
          waId,
          message: typeof message === 'string' ? { kind: 'text', body: message } : message,
          reason: 'conversation',
          roomId: roomOf(conversation.chat),
        });
      });
    },
    inCommit(change) {
      changes.push(change);
    },
    async typing() {
      await services.whatsapp.client
        .markRead(inbound.wamid, { typing: true })
        .catch(() => undefined);
    },
    actor: () => ({
      userId: conversation.userId,
      tokenId: 'whatsapp-chat',
      isGuest: true,
      roomScope: null,
    }),
  };
  await respond(ctx);
  await commitStep(services.db, conversation, changes, finish);
}

/** Thrown inside the step's transaction to roll it back: another attempt answered already. */
class AlreadyAnswered extends Error {}

async function commitStep(
  db: Db,
  conversation: Conversation,
  changes: ((trx: Db) => Promise<void>)[],
  finish: FinishStep,
): Promise<void> {
  await db
    .transaction()
    .execute(async (trx) => {
      // First: it locks the message's row, so of two attempts at once only one commits.
      if (!(await finish(trx))) throw new AlreadyAnswered();
      for (const change of changes) await change(trx);
      await saveConversation(trx, conversation);
    })
    .catch((err) => {
      if (!(err instanceof AlreadyAnswered)) throw err;
    });
}

async function respond(ctx: ChatContext): Promise<void> {
  if (ctx.inbound.kind === 'media') {
    const heard = await hearVoiceNote(ctx);
    if (heard.kind === 'unsupported') return ctx.say(text.t(ctx.locale, 'media.unsupported'));
    if (heard.kind === 'failed') return ctx.say(text.t(ctx.locale, 'voice.unclear'));
    // Read back, so the person knows what will be shared in their name.
    await ctx.say(text.t(ctx.locale, 'voice.heard', { heard: heard.text }));
    ctx.inbound = { ...ctx.inbound, kind: 'text', text: heard.text };
  }
  const { conversation, inbound } = ctx;
  if (inbound.kind === 'reaction' || inbound.kind === 'system') return;
  const words = inbound.text?.trim() ?? '';
  const choice = inbound.choiceId;
  if (choice?.startsWith(CHOICE.room)) return chooseRoom(ctx, choice.slice(CHOICE.room.length));
  // The Continue button on notices sent while the window was open names its room.
  if (choice?.startsWith(CONTINUE_PREFIX)) {
    return chooseRoom(ctx, choice.slice(CONTINUE_PREFIX.length));
  }
  if (conversation.chat.state === 'no_room') return startNewMediation(ctx);
  if (inbound.kind === 'contacts') {
    // A chat choosing its room (with none yet) asks which mediation the invite is for.
    const roomId = roomOf(conversation.chat);
    if (!roomId) return offerRoomChoice(ctx);
    return startInvite(ctx, roomId, inviteFromContacts(inbound.contacts, defaultCountry(ctx)));
  }
  if (choice === CHOICE.checkInYes || choice === CHOICE.checkInNo) {
    return bookCheckIn(ctx, choice === CHOICE.checkInYes);
  }
  const command = commandOf(choice, words);

  // Commands that mean the same wherever the chat stands.
  if (command?.kind === 'help') {
    return ctx.say(
      text.helpText(ctx.locale, conversation.chat.state === 'joint' ? 'joint' : 'intake'),
    );
  }
  if (command?.kind === 'status') return ctx.say(await statusText(ctx));
  // Leaving ends the mediation for both, so it is asked once more ("I want to leave" is ambiguous).
  if (choice === CHOICE.leaveYes) return leaveRoom(ctx);
  if (choice === CHOICE.leaveNo) return ctx.say(text.t(ctx.locale, 'leave.stay'));
  if (command?.kind === 'leave') {
    return ctx.say({
      kind: 'buttons',
      body: text.t(ctx.locale, 'leave.ask'),
      buttons: [
        { id: CHOICE.leaveYes, title: text.t(ctx.locale, 'button.leave') },
        { id: CHOICE.leaveNo, title: text.t(ctx.locale, 'button.stay') },
      ],
    });
  }
  if (command?.kind === 'switch') return offerRoomChoice(ctx);
  if (command?.kind === 'new') return startNewMediation(ctx);
  if (command?.kind === 'link' || BROWSER_WORDS.test(words)) return sendSignInLink(ctx);
  // Someone already talking to Meedi8 who has just been invited to another mediation is asked
  // about that first; SWITCH brings them back to the one they were in.
  if (!conversation.chat.state.startsWith('invitee_')) {
    const invite = await pendingInviteFor(ctx.services.db, conversation.waId);
    if (invite && invite.room_id !== roomOf(conversation.chat)) {
      return askToTakePart(ctx.say, ctx.locale, conversation, invite);
    }
  }
  await catchUpWithRoom(ctx);
  const chat = conversation.chat;
  // Private screening comes first: before the joint session, and again after a flag.
  if (inMediation(chat) && (await screeningWaiting(ctx, chat.roomId))) {
    return beginScreening(ctx, chat.roomId, chat.state);
  }
  return runStep(ctx, chat, command, words);
}

/** What a message means in one state; it is handed the chat in that state, with its fields. */
type Step<S extends ChatStateName> = (
  ctx: ChatContext,
  chat: ChatIn<S>,
  command: ChatCommand | null,
  words: string,
) => Promise<void>;

/** What a message means in each state of the chat (the states: chat-states.ts). */
const STEPS: { [S in ChatStateName]: Step<S> } = {
  // Handled before the table is reached; here for a complete table.
  no_room: (ctx) => startNewMediation(ctx),
  screening: (ctx, chat, _command, words) => continueScreening(ctx, chat, words),
  intake: intakeStep,
  awaiting_partner: intakeStep,
  confirm_invite: (ctx, chat, command, words) =>
    submitInvite(ctx, chat, ctx.inbound.choiceId, command, words),
  invitee_consent: (ctx, chat, command) =>
    inviteeConsents(
      ctx,
      chat,
      ctx.inbound.choiceId === CHOICE.consentYes || command?.kind === 'yes',
      command,
    ),
  invitee_intake: (ctx, chat, _command, words) => continueInviteeIntake(ctx, chat, words),
  choose_room: (ctx) => offerRoomChoice(ctx),
  joint: (ctx, chat, command, words) => jointSession(ctx, chat.roomId, command, words),
};

/** The state's step, handed the chat typed as that state (so it needs no checks of its own). */
function runStep<S extends ChatStateName>(
  ctx: ChatContext,
  chat: ChatIn<S>,
  command: ChatCommand | null,
  words: string,
): Promise<void> {
  const step: Step<S> = STEPS[chat.state];
  return step(ctx, chat, command, words);
}

/** Before the joint session: INVITE reads back a name and number; anything else is coaching. */
function intakeStep(
  ctx: ChatContext,
  chat: ChatIn<'intake' | 'awaiting_partner'>,
  command: ChatCommand | null,
  words: string,
): Promise<void> {
  if (command?.kind === 'invite') {
    const parsed = parseInvite(command.text, { ...defaultCountry(ctx), explicit: true });
    return startInvite(ctx, chat.roomId, parsed);
  }
  return continueIntake(ctx, chat.roomId, words);
}

function commandOf(choice: string | null, words: string): ChatCommand | null {
  if (choice === CHOICE.resume) return { kind: 'resume' };
  // Draft buttons carry their draft's id and are read in `answerDraftInChat`.
  if (tappedDraft(choice)) return null;
  if (choice === CHOICE.consentYes || choice === CHOICE.sendInvite) return { kind: 'yes' };
  if (choice === CHOICE.consentNo || choice === CHOICE.changeInvite) {
    return { kind: 'no', note: null };
  }
  return parseCommand(words);
}

function defaultCountry(ctx: ChatContext) {
  return { defaultCountry: ctx.services.config.defaultCountry };
}

/**
 * The other person may have joined (in the browser, or while this chat's window was closed and
 * nothing was relayed): a chat still in its intake moves on to the joint session.
 */
async function catchUpWithRoom(ctx: ChatContext): Promise<void> {
  const { conversation } = ctx;
  const { chat } = conversation;
  const inIntake =
    chat.state === 'intake' || chat.state === 'awaiting_partner' || chat.state === 'confirm_invite';
  if (!inIntake) return;
  const room = await ctx.services.db
    .selectFrom('rooms')
    .select('phase')
    .where('id', '=', chat.roomId)
    .executeTakeFirst();
  if (room && room.phase !== 'waiting') conversation.chat = { state: 'joint', roomId: chat.roomId };
}

/** A one-time link that opens the chat's mediation in a browser, signed in as this person. */
async function sendSignInLink(ctx: ChatContext): Promise<void> {
  const { conversation, services } = ctx;
  const secret = await createSignInLink(
    services.db,
    conversation.userId,
    roomOf(conversation.chat),
  );
  await ctx.say(
    text.t(ctx.locale, 'sign_in_link', { url: `${services.config.publicUrl}/signin/${secret}` }),
  );
}
