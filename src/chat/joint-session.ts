/**
 * The joint session from the chat: turns, words kept for the person's turn, breaks and the
 * agreement, through the same domain actions as the web room.
 */
import { agreementLinkUrl } from '../domain/mediation/agreement-links.js';
import { askToWriteUp, otherAskedToWriteUp } from '../domain/mediation/ask-to-write-up.js';
import { draftAgreement } from '../domain/mediation/draft-agreement.js';
import { heldFromSource, holdMessage } from '../domain/mediation/hold-message.js';
import { produceMediatorReply } from '../domain/mediation/produce-mediator-reply.js';
import { requestBreak } from '../domain/mediation/request-break.js';
import { resumeRoom } from '../domain/mediation/resume-room.js';
import { takeTurn } from '../domain/mediation/take-turn.js';
import { MeediError } from '../errors.js';
import type { ChatContext } from './chat-context.js';
import * as text from './chat-texts.js';
import { answerDraftInChat } from './draft-answers.js';
import { answerBeforeHandOver, handOverOf } from './hand-over.js';
import { startNewMediation } from './lifecycle.js';
import type { ChatCommand } from './parse-command.js';
import { asksForOriginal, localeOfPerson, originalOfLatest } from './translated-lines.js';

/** The joint session: turns, held messages, breaks and the agreement, from the chat. */
export async function jointSession(
  ctx: ChatContext,
  roomId: string,
  command: ChatCommand | null,
  words: string,
): Promise<void> {
  const { services, conversation } = ctx;
  const room = await services.db
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', roomId)
    .executeTakeFirst();
  if (!room) return startNewMediation(ctx);
  const resolutionUrl = agreementLinkUrl(services.config, room.id, conversation.userId);
  if (room.phase === 'resolved')
    return ctx.say(
      text.t(ctx.locale, 'resolved.already', { title: room.title, url: resolutionUrl }),
    );

  try {
    switch (command?.kind) {
      case 'break':
        return await requestBreak(services, ctx.actor(), room.id, command.reason ?? undefined);
      case 'resume':
        return await resumeRoom(services, ctx.actor(), room.id);
      case 'invite':
        return ctx.say(text.t(ctx.locale, 'invite.only_before_join'));
    }
    if (asksForOriginal(words, await localeOfPerson(services.db, conversation.userId))) {
      return ctx.say(await originalOfLatest(services, room.id, conversation.userId));
    }
    // While a draft waits for answers, whatever the person writes answers it first.
    if (await answerDraftInChat(ctx, room.id, command, words)) return;
    const writeUp =
      command?.kind === 'write_up' ||
      (command?.kind === 'yes' && otherAskedToWriteUp(room, conversation.userId));
    if (command?.kind === 'agree' || writeUp) {
      if (writeUp) {
        const outcome = await askToWriteUp(services, ctx.actor(), room.id);
        if (outcome.kind === 'asked') {
          return ctx.say(text.writeUpAskedText(ctx.locale, outcome.otherName));
        }
        return;
      }
      await ctx.say(text.t(ctx.locale, 'write_up.drafting'));
      await ctx.typing();
      await draftAgreement(services, ctx.actor(), room.id);
      return;
    }
    if (words.length === 0) return;
    // Words written before this chat said the joint session started are not a turn.
    const handOver = await handOverOf(ctx, room);
    if (handOver !== 'passed') return answerBeforeHandOver(ctx, room.id, handOver, words);
    const myTurn = room.phase === 'active' && room.current_turn_user_id === conversation.userId;
    // Written before the person had read what WhatsApp could not deliver: not yet their answer.
    if (myTurn && ctx.inbound.missedLines) return ctx.say(text.missedLinesText(ctx.locale, words));
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
        ? text.t(ctx.locale, 'held.waiting_for_join')
        : text.heldText(ctx.locale, room.phase === 'on_break'),
    );
  } catch (err) {
    // Domain refusals (not on a break, only the paused person can resume…) are told as they are.
    if (err instanceof MeediError && err.statusCode < 500) return ctx.say(err.message);
    throw err;
  }
}
