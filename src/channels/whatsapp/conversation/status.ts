/** STATUS: where the chat's mediation stands, in a few plain lines. */

import { holdsPause } from '../../../domain/mediation/pause-owner.js';
import type { ChatContext } from './chat-context.js';

export async function statusText(ctx: ChatContext): Promise<string> {
  const { services, conversation } = ctx;
  if (!conversation.roomId) {
    return 'You are not in a mediation at the moment. Tell me what you would like to work through.';
  }
  const room = await services.db
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', conversation.roomId)
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
        conversation.state === 'awaiting_partner'
          ? 'The invite is out; waiting for the other person to join.'
          : 'Private intake: only you and the mediator so far.',
      );
      break;
    case 'on_break':
      // Whether a break or a safety pause, the other person reads only that it is paused.
      lines.push(
        holdsPause(room, conversation.userId)
          ? 'Paused by you. Send RESUME when you are ready.'
          : 'The session is paused. It carries on when the other person resumes it.',
      );
      break;
    case 'active':
      lines.push(
        room.current_turn_user_id === conversation.userId
          ? 'It is your turn.'
          : `It is ${other?.name ?? 'the other person'}’s turn.`,
      );
      break;
    case 'resolved':
      lines.push('Resolved: you both confirmed the agreement.');
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
    lines.push(`${held!.count} of your messages will be shared when it is your turn.`);
  }
  const draft = await services.db
    .selectFrom('agreement_drafts')
    .select('id')
    .where('room_id', '=', room.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (draft) lines.push('A draft agreement is waiting: reply YES to confirm or NO with a change.');
  lines.push(`In the browser: ${url} (send LINK for a link that signs you in there).`);
  return lines.join('\n');
}
