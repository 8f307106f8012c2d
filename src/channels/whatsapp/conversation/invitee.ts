/**
 * The invited person in their own chat: any reply to the invite brings them here; they agree to
 * take part, answer a short private intake, and join the room, which starts the joint session.
 */
import { askMediator } from '../../../domain/mediation/ask-mediator.js';
import { joinByWhatsAppReply } from '../../../domain/mediation/join-room.js';
import { handleDisclosure } from '../../../domain/safety/handle-disclosure.js';
import { MeediError } from '../../../errors.js';
import { phoneOfKey } from '../inbound/contact-identity.js';
import type { ChatContext } from './chat-context.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';
import { roomInfo, storePrivately } from './intake.js';
import { latestEventId } from './lifecycle.js';
import type { ChatCommand } from './parse-command.js';
import { beginScreening } from './screening.js';

const INTAKE_ANSWERS = 2;

export async function inviteeConsents(
  ctx: ChatContext,
  yes: boolean,
  command: ChatCommand | null,
): Promise<void> {
  const { conversation } = ctx;
  if (yes) {
    conversation.state = 'invitee_intake';
    conversation.data.inviteeIntake = [{ from: 'mediator', text: text.INVITEE_INTAKE_FIRST }];
    return ctx.say(text.INVITEE_INTAKE_FIRST);
  }
  if (command?.kind === 'no') return ctx.say(text.INVITEE_DECLINED);
  await ctx.say({
    kind: 'buttons',
    body: 'Before anything is shared: would you like to take part in this mediation?',
    buttons: [
      { id: CHOICE.consentYes, title: 'Yes, take part' },
      { id: CHOICE.consentNo, title: 'Not now' },
    ],
  });
}

export async function continueInviteeIntake(ctx: ChatContext, words: string): Promise<void> {
  if (words.length === 0) return;
  const { services, conversation } = ctx;
  const intake = conversation.data.inviteeIntake ?? [];
  intake.push({ from: 'person', text: words });
  conversation.data.inviteeIntake = intake;
  const flags = await services.safetyScreen.screen(words);
  if (flags.length > 0) {
    // Not joining a joint session while a safety concern is open: recorded, answered privately
    // with helplines (this chat does not follow the room yet, so it is said here), and we wait.
    const outcome = await services.db.transaction().execute((trx) =>
      handleDisclosure(trx, services, {
        roomId: conversation.roomId!,
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
  const room = await roomInfo(services.db, conversation.roomId!);
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
        }).catch(() => null);
  if (response && !response.intake?.readyForJointSession) {
    intake.push({ from: 'mediator', text: response.reply });
    return ctx.say(response.reply);
  }
  await join(ctx);
}

async function join(ctx: ChatContext): Promise<void> {
  const { services, conversation } = ctx;
  const roomId = conversation.roomId!;
  const before = await latestEventId(services.db, roomId);
  try {
    await joinByWhatsAppReply(services.db, conversation.data.inviteId!, {
      userId: conversation.userId,
      coalesceMs: services.config.noticeCoalesceMs,
    });
  } catch (err) {
    if (!(err instanceof MeediError) || err.statusCode >= 500) throw err;
    conversation.state = 'intake';
    conversation.roomId = null;
    conversation.data = {};
    return ctx.say(
      `${err.message} If you want to start a mediation of your own, just write to me.`,
    );
  }
  // The intake stays private to this person in the room, as for the person who started it.
  for (const line of conversation.data.inviteeIntake ?? []) {
    await storePrivately(
      services.db,
      roomId,
      conversation.userId,
      line.from === 'person' ? 'participant' : 'mediator',
      line.text,
    );
  }
  conversation.state = 'joint';
  conversation.data = { relayedEventId: before };
  // The joint session starts once both have answered the private screening questions.
  await beginScreening(ctx, 'joint');
}
