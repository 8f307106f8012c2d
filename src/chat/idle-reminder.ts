/**
 * One gentle reminder to a chat that has gone quiet, while its 24-hour window is still open
 * (free-form text is allowed only then), and then rest: `reminded_at` is cleared only when the
 * person writes again. Someone whose turn it is, or who has a draft to answer, hears about that;
 * others are told Meedi8 is there when they want to carry on.
 */

import { Type } from '@sinclair/typebox';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { serviceWindowOpenedAfter } from '../channels/whatsapp/service-window.js';
import { localeOf } from '../domain/accounts/person-locale.js';
import { defineJob } from '../jobs/job-definition.js';
import { IN_MEDIATION_STATES } from './chat-states.js';
import * as text from './chat-texts.js';

/** Quiet this long, the chat gets its reminder (a little before the window closes). */
export const REMIND_AFTER_MS = 20 * 60 * 60 * 1000;

export const IDLE_REMINDER_TASK = 'whatsapp.idle_reminders';

export const idleReminderJob = defineJob({
  name: IDLE_REMINDER_TASK,
  payload: Type.Object({}),
  maxAttempts: 3,
  async handle(_payload, services) {
    const { db } = services;
    const now = Date.now();
    const quiet = await db
      .selectFrom('whatsapp_conversations')
      .innerJoin('whatsapp_contacts', 'whatsapp_contacts.wa_id', 'whatsapp_conversations.wa_id')
      .leftJoin('rooms', 'rooms.id', 'whatsapp_conversations.room_id')
      .leftJoin('users', 'users.id', 'whatsapp_conversations.user_id')
      .select([
        'whatsapp_conversations.wa_id',
        'whatsapp_conversations.user_id',
        'whatsapp_conversations.room_id',
        'rooms.phase',
        'rooms.current_turn_user_id',
        'users.locale',
      ])
      .where('whatsapp_conversations.state', 'in', IN_MEDIATION_STATES)
      .where('whatsapp_conversations.reminded_at', 'is', null)
      .where('whatsapp_contacts.opted_out_at', 'is', null)
      .where('whatsapp_contacts.last_inbound_at', '<', new Date(now - REMIND_AFTER_MS))
      // Still open five minutes from now, so the reminder arrives inside the window.
      .where('whatsapp_contacts.last_inbound_at', '>', serviceWindowOpenedAfter(now + 5 * 60_000))
      .execute();
    for (const chat of quiet) {
      if (chat.phase === 'resolved') continue;
      const yourTurn = chat.phase === 'active' && chat.current_turn_user_id === chat.user_id;
      await db.transaction().execute(async (trx) => {
        // Claimed first, so two workers never remind the same chat twice.
        const claimed = await trx
          .updateTable('whatsapp_conversations')
          .set({ reminded_at: new Date() })
          .where('wa_id', '=', chat.wa_id)
          .where('reminded_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) return;
        await queueWhatsAppMessage(trx, {
          waId: chat.wa_id,
          message: { kind: 'text', body: text.reminderText(localeOf(chat), yourTurn) },
          reason: 'reminder',
          roomId: chat.room_id,
        });
      });
    }
  },
});
