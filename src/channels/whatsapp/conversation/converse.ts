/**
 * A whole mediation inside WhatsApp: each message a person writes to the Meedi8 number is
 * answered here, according to where their chat stands (see `conversation-store.ts`). The chat
 * drives the same domain actions as the web room, so both show one room with one state.
 */
import { createSignInLink } from '../../../domain/accounts/sign-in-links.js';
import { agreementLinkUrl } from '../../../domain/mediation/agreement-links.js';
import { askToWriteUp, otherAskedToWriteUp } from '../../../domain/mediation/ask-to-write-up.js';
import { draftAgreement } from '../../../domain/mediation/draft-agreement.js';
import { heldFromSource, holdMessage } from '../../../domain/mediation/hold-message.js';
import { produceMediatorReply } from '../../../domain/mediation/produce-mediator-reply.js';
import { requestBreak } from '../../../domain/mediation/request-break.js';
import { resumeRoom } from '../../../domain/mediation/resume-room.js';
import { takeTurn } from '../../../domain/mediation/take-turn.js';
import { MeediError } from '../../../errors.js';
import type { Services } from '../../../services.js';
import type { Db } from '../../../storage/database.js';
import { CONTINUE_PREFIX } from '../inbound/continue-button.js';
import type { InboundMessage } from '../inbound/inbound-message.js';
import { queueWhatsAppMessage } from '../outbound/queue-message.js';
import type { ChatContext, FinishStep } from './chat-context.js';
import * as text from './chat-texts.js';
import { bookCheckIn } from './check-in.js';
import { CHOICE } from './choices.js';
import { type Conversation, saveConversation } from './conversation-store.js';
import { answerDraftInChat, tappedDraft } from './draft-answers.js';
import { answerBeforeHandOver, handOverOf } from './hand-over.js';
import { continueIntake, startInvite, submitInvite } from './intake.js';
import { continueInviteeIntake, inviteeConsents } from './invitee.js';
import {
  askToTakePart,
  beginConversation,
  latestEventId,
  leaveRoom,
  pendingInviteFor,
  roomChoices,
  startNewMediation,
} from './lifecycle.js';
import { type ChatCommand, parseCommand } from './parse-command.js';
import { inviteFromContacts, parseInvite } from './parse-invite.js';
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
  const { conversation, greeted } = begun;
  if (greeted) return; // answered with the new chat's greeting (committed with `finish`)
  conversation.lastInboundAt = inbound.sentAt;
  conversation.remindedAt = null;
  const changes: ((trx: Db) => Promise<void>)[] = [];
  const ctx: ChatContext = {
    services,
    conversation,
    inbound,
    async say(message) {
      changes.push(async (trx) => {
        await queueWhatsAppMessage(trx, {
          waId,
          message: typeof message === 'string' ? { kind: 'text', body: message } : message,
          reason: 'conversation',
          roomId: conversation.roomId,
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
    if (heard.kind === 'unsupported') return ctx.say(text.MEDIA_TEXT);
    if (heard.kind === 'failed') return ctx.say(text.VOICE_NOTE_UNCLEAR);
    // Read back, so the person knows what will be shared in their name.
    await ctx.say(text.heardText(heard.text));
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
  if (!conversation.roomId && conversation.state !== 'choose_room') {
    return startNewMediation(ctx);
  }
  if (inbound.kind === 'contacts') {
    return startInvite(ctx, inviteFromContacts(inbound.contacts, defaultCountry(ctx)));
  }
  if (choice === CHOICE.checkInYes || choice === CHOICE.checkInNo) {
    return bookCheckIn(ctx, choice === CHOICE.checkInYes);
  }
  const command = commandOf(choice, words);

  // Commands that mean the same wherever the chat stands.
  if (command?.kind === 'help') {
    return ctx.say(text.helpText(conversation.state === 'joint' ? 'joint' : 'intake'));
  }
  if (command?.kind === 'status') return ctx.say(await statusText(ctx));
  // Leaving ends the mediation for both, so it is asked once more ("I want to leave" is ambiguous).
  if (choice === CHOICE.leaveYes) return leaveRoom(ctx);
  if (choice === CHOICE.leaveNo) return ctx.say('Good, we carry on.');
  if (command?.kind === 'leave') {
    return ctx.say({
      kind: 'buttons',
      body: 'Do you want to leave this mediation? The other person will be told it has ended.',
      buttons: [
        { id: CHOICE.leaveYes, title: 'Yes, leave' },
        { id: CHOICE.leaveNo, title: 'No, stay' },
      ],
    });
  }
  if (command?.kind === 'switch') return offerRoomChoice(ctx);
  if (/^new$/i.test(words)) return startNewMediation(ctx);
  if (BROWSER_WORDS.test(words)) return sendSignInLink(ctx);
  // Someone already talking to Meedi8 who has just been invited to another mediation is asked
  // about that first; SWITCH brings them back to the one they were in.
  if (!conversation.state.startsWith('invitee_')) {
    const invite = await pendingInviteFor(ctx.services.db, conversation.waId);
    if (invite && invite.room_id !== conversation.roomId) {
      return askToTakePart(ctx.say, conversation, invite);
    }
  }
  await catchUpWithRoom(ctx);
  // Private screening comes first: before the joint session, and again after a flag.
  if (await screeningWaiting(ctx)) return beginScreening(ctx, conversation.state);

  switch (conversation.state) {
    case 'screening':
      return continueScreening(ctx, words);
    case 'intake':
    case 'awaiting_partner':
      if (command?.kind === 'invite') {
        return startInvite(
          ctx,
          parseInvite(command.text, { ...defaultCountry(ctx), explicit: true }),
        );
      }
      return continueIntake(ctx, words);
    case 'confirm_invite':
      return submitInvite(ctx, choice, command, words);
    case 'invitee_consent':
      return inviteeConsents(ctx, choice === CHOICE.consentYes || command?.kind === 'yes', command);
    case 'invitee_intake':
      return continueInviteeIntake(ctx, words);
    case 'choose_room':
      return offerRoomChoice(ctx);
    case 'joint':
      return jointSession(ctx, command, words);
  }
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

/** The joint session: turns, held messages, breaks and the agreement, from the chat. */
async function jointSession(
  ctx: ChatContext,
  command: ChatCommand | null,
  words: string,
): Promise<void> {
  const { services, conversation } = ctx;
  const roomId = conversation.roomId;
  if (!roomId) return startNewMediation(ctx);
  const room = await services.db
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', roomId)
    .executeTakeFirst();
  if (!room) return startNewMediation(ctx);
  const resolutionUrl = agreementLinkUrl(services.config, room.id, conversation.userId);
  if (room.phase === 'resolved')
    return ctx.say(text.resolvedAlreadyText(room.title, resolutionUrl));

  try {
    switch (command?.kind) {
      case 'break':
        return await requestBreak(services, ctx.actor(), room.id, command.reason ?? undefined);
      case 'resume':
        return await resumeRoom(services, ctx.actor(), room.id);
      case 'invite':
        return ctx.say(text.INVITE_ONLY_BEFORE_JOIN);
    }
    // While a draft waits for answers, whatever the person writes answers it first.
    if (await answerDraftInChat(ctx, room.id, command, words)) return;
    const writeUp =
      command?.kind === 'write_up' ||
      (command?.kind === 'yes' && otherAskedToWriteUp(room, conversation.userId));
    if (command?.kind === 'agree' || writeUp) {
      if (writeUp) {
        const outcome = await askToWriteUp(services, ctx.actor(), room.id);
        if (outcome.kind === 'asked') return ctx.say(text.writeUpAskedText(outcome.otherName));
        return;
      }
      await ctx.say('I will draft the agreement from what you have both said. One moment…');
      await ctx.typing();
      await draftAgreement(services, ctx.actor(), room.id);
      return;
    }
    if (words.length === 0) return;
    // Words written before this chat said the joint session started are not a turn.
    const handOver = await handOverOf(ctx, room);
    if (handOver !== 'passed') return answerBeforeHandOver(ctx, room.id, handOver, words);
    const myTurn = room.phase === 'active' && room.current_turn_user_id === conversation.userId;
    if (myTurn && !(await heldFromSource(services.db, ctx.inbound.wamid))) {
      await ctx.typing();
      const outcome = await takeTurn(services, ctx.actor(), room.id, words, {
        sourceRef: ctx.inbound.wamid,
      });
      // The relay passes the reply to both chats; the job answers later if this attempt fails.
      if (outcome.kind === 'passed') {
        await produceMediatorReply(services, room.id, outcome.message.id).catch(() => undefined);
      }
      return;
    }
    const held = await holdMessage(
      services,
      ctx.actor(),
      room.id,
      words,
      'whatsapp',
      ctx.inbound.wamid,
    );
    // A concern is answered privately by the relay (the safety reply), not as a kept message.
    if (held.kind === 'safety_pause') return;
    return ctx.say(
      room.phase === 'waiting'
        ? text.WAITING_FOR_JOIN_HELD
        : text.heldText(room.phase === 'on_break'),
    );
  } catch (err) {
    // Domain refusals (not on a break, only the paused person can resume…) are told as they are.
    if (err instanceof MeediError && err.statusCode < 500) return ctx.say(err.message);
    throw err;
  }
}

async function offerRoomChoice(ctx: ChatContext): Promise<void> {
  const rooms = await roomChoices(ctx.services.db, ctx.conversation.userId);
  if (rooms.length <= 1) {
    return ctx.say(
      rooms.length === 1
        ? `You are in one mediation: “${rooms[0]!.title}”.`
        : 'You are not in any mediation at the moment. Tell me what you would like to work through.',
    );
  }
  if (ctx.conversation.state !== 'choose_room') {
    ctx.conversation.data.stateBeforeChoice = ctx.conversation.state;
    ctx.conversation.state = 'choose_room';
  }
  await ctx.say({
    kind: 'list',
    body: text.chooseRoomText(),
    buttonLabel: 'Choose',
    sections: [
      {
        rows: rooms.slice(0, 10).map((room) => ({
          id: `${CHOICE.room}${room.id}`,
          title: room.title.slice(0, 24),
          description: room.description.slice(0, 72),
        })),
      },
    ],
  });
}

async function chooseRoom(ctx: ChatContext, roomId: string): Promise<void> {
  const rooms = await roomChoices(ctx.services.db, ctx.conversation.userId);
  const room = rooms.find((r) => r.id === roomId);
  if (!room) return offerRoomChoice(ctx);
  const { conversation } = ctx;
  conversation.roomId = room.id;
  conversation.state = room.phase === 'waiting' ? 'awaiting_partner' : 'joint';
  conversation.data.stateBeforeChoice = undefined;
  conversation.data.relayedEventId = await latestEventId(ctx.services.db, room.id);
  await ctx.say(text.switchedText(room.title));
}

/**
 * The other person may have joined (in the browser, or while this chat's window was closed and
 * nothing was relayed): a chat still in its intake moves on to the joint session.
 */
async function catchUpWithRoom(ctx: ChatContext): Promise<void> {
  const { conversation } = ctx;
  const inIntake = ['intake', 'awaiting_partner', 'confirm_invite'].includes(conversation.state);
  if (!inIntake || !conversation.roomId) return;
  const room = await ctx.services.db
    .selectFrom('rooms')
    .select('phase')
    .where('id', '=', conversation.roomId)
    .executeTakeFirst();
  if (room && room.phase !== 'waiting') conversation.state = 'joint';
}

/** A one-time link that opens the chat's mediation in a browser, signed in as this person. */
async function sendSignInLink(ctx: ChatContext): Promise<void> {
  const { conversation, services } = ctx;
  const secret = await createSignInLink(services.db, conversation.userId, conversation.roomId);
  await ctx.say(text.signInLinkText(`${services.config.publicUrl}/signin/${secret}`));
}
