/** STATUS: where the chat's mediation stands, in a few plain lines. */

import { holdsPause } from '../domain/mediation/pause-owner.js';
import type { ChatContext } from './chat-context.js';
import { roomOf } from './chat-states.js';
import { t } from './chat-texts.js';

export async function statusText(ctx: ChatContext): Promise<string> {
  const { services, conversation, locale } = ctx;
  const roomId = roomOf(conversation.chat);
  if (!roomId) return t(locale, 'status.none');
  const room = await services.db
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', roomId)
    .executeTakeFirstOrThrow();
  const people = await services.db
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select(['users.id', 'users.name'])
    .where('participants.room_id', '=', room.id)
    .execute();
  const other = people.find((p) => p.id !== conversation.userId);
  const url = `${services.config.publicUrl}/rooms/${room.id}`;
  const lines = [`“${room.title}”`];
  switch (room.phase) {
    case 'waiting':
      lines.push(
        conversation.chat.state === 'awaiting_partner'
          ? t(locale, 'status.invite_out')
          : t(locale, 'status.private_intake'),
      );
      break;
    case 'on_break':
      // Whether a break or a safety pause, the other person reads only that it is paused.
      lines.push(
        holdsPause(room, conversation.userId)
          ? t(locale, 'status.paused_by_you')
          : t(locale, 'status.paused'),
      );
      break;
    case 'active':
      lines.push(
        room.current_turn_user_id === conversation.userId
          ? t(locale, 'status.your_turn')
          : t(locale, 'status.their_turn', { name: other?.name ?? t(locale, 'someone.other') }),
      );
      break;
    case 'resolved':
      lines.push(t(locale, 'status.resolved'));
      break;
  }
  const held = await services.db
    .selectFrom('held_messages')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('room_id', '=', room.id)
    .where('user_id', '=', conversation.userId)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  if (Number(held?.count ?? 0) > 0) {
    lines.push(t(locale, 'status.held', { count: Number(held!.count) }));
  }
  const draft = await services.db
    .selectFrom('agreement_drafts')
    .select('id')
    .where('room_id', '=', room.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (draft) lines.push(t(locale, 'status.draft'));
  lines.push(t(locale, 'status.browser', { url }));
  return lines.join('\n');
}
