/**
 * The invited person in their own chat: any reply to the invite brings them here; they agree to
 * take part, answer a short private intake, and join the room, which starts the joint session.
 */

import { phoneOfKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { askMediator } from '../domain/mediation/ask-mediator.js';
import { joinByWhatsAppReply } from '../domain/mediation/join-room.js';
import { handleDisclosure } from '../domain/safety/handle-disclosure.js';
import { MeediError } from '../errors.js';
import type { ChatContext } from './chat-context.js';
import type { ChatIn } from './chat-states.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';
import { startOver } from './conversation-store.js';
import { roomInfo, storePrivately } from './intake.js';
import { latestEventId } from './lifecycle.js';
import type { ChatCommand } from './parse-command.js';
import { beginScreening } from './screening.js';

const INTAKE_ANSWERS = 2;

export async function inviteeConsents(
  ctx: ChatContext,
  chat: ChatIn<'invitee_consent'>,
  yes: boolean,
  command: ChatCommand | null,
): Promise<void> {
  if (yes) {
    ctx.conversation.chat = {
      ...chat,
      state: 'invitee_intake',
      transcript: [{ from: 'mediator', text: text.t(ctx.locale, 'invitee.intake_first') }],
    };
    return ctx.say(text.t(ctx.locale, 'invitee.intake_first'));
  }
  if (command?.kind === 'no') return ctx.say(text.t(ctx.locale, 'invitee.declined'));
  await ctx.say({
    kind: 'buttons',
    body: text.t(ctx.locale, 'invitee.ask_again'),
    buttons: [
      { id: CHOICE.consentYes, title: text.t(ctx.locale, 'button.take_part') },
      { id: CHOICE.consentNo, title: text.t(ctx.locale, 'button.not_now') },
    ],
  });
}

export async function continueInviteeIntake(
  ctx: ChatContext,
  chat: ChatIn<'invitee_intake'>,
  words: string,
): Promise<void> {
  if (words.length === 0) return;
  const { services, conversation } = ctx;
  const { roomId, transcript: intake } = chat;
  intake.push({ from: 'person', text: words });
  const flags = await services.safetyScreen.screen(words);
  if (flags.length > 0) {
    // Not joining a joint session while a safety concern is open: recorded, answered privately
    // with helplines (this chat does not follow the room yet, so it is said here), and we wait.
    const outcome = await services.db.transaction().execute((trx) =>
      handleDisclosure(trx, services, {
        roomId,
        userId: conversation.userId,
        messageId: null,
        flags,
        source: 'screen',
        phoneNumber: phoneOfKey(conversation.waId),
        keepReply: false,
      }),
    );
    return ctx.say(outcome.text);
  }
  const answers = intake.filter((line) => line.from === 'person').length;
  await ctx.typing();
  const room = await roomInfo(services.db, roomId);
  const me = await services.db
    .selectFrom('users')
    .select('name')
    .where('id', '=', conversation.userId)
    .executeTakeFirstOrThrow();
  const response =
    answers >= INTAKE_ANSWERS
      ? null
      : await askMediator(services, {
          kind: 'intake',
          room,
          participants: [{ id: conversation.userId, name: me.name, role: 'invitee' }],
          transcript: intake.map((line) => ({
            participantId: line.from === 'person' ? conversation.userId : null,
            text: line.text,
            at: new Date(),
          })),
          personId: conversation.userId,
          latest: { text: words },
          partner: { name: null, invited: true },
          role: 'invitee',
          privacyPromised: true,
        }).catch(() => null);
  if (response && !response.intake?.readyForJointSession) {
    intake.push({ from: 'mediator', text: response.reply });
    return ctx.say(response.reply);
  }
  await join(ctx, chat);
}

async function join(ctx: ChatContext, chat: ChatIn<'invitee_intake'>): Promise<void> {
  const { services, conversation } = ctx;
  const { roomId } = chat;
  const before = await latestEventId(services.db, roomId);
  try {
    await joinByWhatsAppReply(services.db, chat.inviteId, {
      userId: conversation.userId,
      coalesceMs: services.config.noticeCoalesceMs,
    });
  } catch (err) {
    if (!(err instanceof MeediError) || err.statusCode >= 500) throw err;
    startOver(conversation, { state: 'no_room' });
    return ctx.say(text.t(ctx.locale, 'invitee.join_failed', { reason: err.message }));
  }
  // The intake stays private to this person in the room, as for the person who started it.
  for (const line of chat.transcript) {
    await storePrivately(
      services.db,
      roomId,
      conversation.userId,
      line.from === 'person' ? 'participant' : 'mediator',
      line.text,
    );
  }
  startOver(conversation, { state: 'joint', roomId }, { relayedEventId: before });
  // The joint session starts once both have answered the private screening questions.
  await beginScreening(ctx, roomId, 'joint');
}
