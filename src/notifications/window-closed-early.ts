/**
 * Meta refused a chat message because the person's 24-hour window had closed, though Meedi8's
 * record of their last message said it was open (at the boundary, or a clock apart). Meta's word
 * wins: the window is recorded as closed, so the relay waits and notices go by template; a person
 * whose turn it is hears so by template; and the refused lines are sent again once they write
 * (channels/whatsapp/outbound/resend-refused.ts).
 */

import { resentWhenWindowOpens } from '../channels/whatsapp/outbound/resend-refused.js';
import { serviceWindowOpenedAfter } from '../channels/whatsapp/service-window.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import { notify } from './notify.js';

export async function answerWindowClosedEarly(
  trx: Db,
  services: Services,
  wamid: string,
): Promise<void> {
  const message = await trx
    .selectFrom('whatsapp_messages')
    .select(['wa_id', 'reason', 'status', 'failure_class'])
    .where('wamid', '=', wamid)
    .executeTakeFirst();
  if (!message || !resentWhenWindowOpens(message)) return;
  const closedAt = serviceWindowOpenedAfter();
  const corrected = await trx
    .updateTable('whatsapp_contacts')
    .set({ last_inbound_at: closedAt })
    .where('wa_id', '=', message.wa_id)
    .where('last_inbound_at', '>', closedAt)
    .executeTakeFirst();
  // Several refused lines arrive together; the turn is told once, by the first.
  if (Number(corrected.numUpdatedRows) === 0) return;

  const chat = await trx
    .selectFrom('whatsapp_conversations')
    .innerJoin('rooms', 'rooms.id', 'whatsapp_conversations.room_id')
    .select([
      'whatsapp_conversations.user_id',
      'rooms.id as room_id',
      'rooms.phase',
      'rooms.current_turn_user_id',
    ])
    .where('whatsapp_conversations.wa_id', '=', message.wa_id)
    .executeTakeFirst();
  if (chat?.phase !== 'active' || chat.current_turn_user_id !== chat.user_id) return;
  const other = await trx
    .selectFrom('participants')
    .innerJoin('users', 'users.id', 'participants.user_id')
    .select('users.name')
    .where('participants.room_id', '=', chat.room_id)
    .where('participants.user_id', '!=', chat.user_id)
    .executeTakeFirst();
  await notify(
    trx,
    [
      {
        userId: chat.user_id,
        roomId: chat.room_id,
        kind: 'turn',
        actorName: other?.name ?? 'The other person',
      },
    ],
    services.config.noticeCoalesceMs,
  );
}
