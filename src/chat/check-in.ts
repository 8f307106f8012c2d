/**
 * The follow-up offered when a mediation ends: a check-in two weeks later, as free text when the
 * person's window is open and otherwise with the approved `mediation_check_in` template.
 */
import { Type } from '@sinclair/typebox';
import { currentContactKey } from '../channels/whatsapp/inbound/contact-identity.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import { isServiceWindowOpen } from '../channels/whatsapp/service-window.js';
import { renderAccountTemplate } from '../channels/whatsapp/templates/render-account-template.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import { enqueueJob } from '../jobs/enqueue.js';
import { defineJob } from '../jobs/job-definition.js';
import type { ChatContext } from './chat-context.js';
import { roomOf } from './chat-states.js';
import * as text from './chat-texts.js';

export const CHECK_IN_AFTER_MS = 14 * 24 * 60 * 60 * 1000;

export async function bookCheckIn(ctx: ChatContext, yes: boolean): Promise<void> {
  const roomId = roomOf(ctx.conversation.chat);
  if (!yes || !roomId) return ctx.say(text.t(ctx.locale, 'check_in.declined'));
  await enqueueJob(
    ctx.services.db,
    checkInJob,
    { wa_id: ctx.conversation.waId, room_id: roomId },
    {
      runAt: new Date(Date.now() + CHECK_IN_AFTER_MS),
      jobKey: `check-in:${ctx.conversation.waId}:${roomId}`,
    },
  );
  await ctx.say(text.t(ctx.locale, 'check_in.booked'));
}

export const checkInJob = defineJob({
  name: 'whatsapp.check_in',
  payload: Type.Object({ wa_id: Type.String(), room_id: Type.String() }),
  maxAttempts: 5,
  async handle(payload, services) {
    const { db } = services;
    // Two weeks on, the contact may have a new key (a new user id, or its number learnt).
    const waId = await currentContactKey(db, payload.wa_id);
    const contact = await db
      .selectFrom('whatsapp_contacts')
      .select(['last_inbound_at', 'opted_out_at', 'user_id'])
      .where('wa_id', '=', waId)
      .executeTakeFirst();
    const room = await db
      .selectFrom('rooms')
      .select(['id', 'title'])
      .where('id', '=', payload.room_id)
      .executeTakeFirst();
    if (!contact || contact.opted_out_at || !room) return;
    const partner = await db
      .selectFrom('participants')
      .innerJoin('users', 'users.id', 'participants.user_id')
      .select('users.name')
      .where('participants.room_id', '=', room.id)
      .where('participants.user_id', '!=', contact.user_id ?? '')
      .executeTakeFirst();
    const locale = await localeOfUser(db, contact.user_id);
    const windowOpen = isServiceWindowOpen(contact.last_inbound_at);
    const rendered = windowOpen
      ? null
      : await renderAccountTemplate(
          db,
          'mediation_check_in',
          { partnerName: partner?.name ?? '', roomId: room.id },
          services.config.publicUrl,
          await localeOfUser(db, contact.user_id),
        );
    if (rendered && !rendered.ok) {
      // No email for a check-in: it was asked for on WhatsApp. The doctor shows the fix.
      services.logger.warn({ roomId: room.id }, 'check-in template cannot be filled; not sent');
      return;
    }
    await queueWhatsAppMessage(db, {
      waId,
      message: rendered
        ? rendered.message
        : { kind: 'text', body: text.t(locale, 'check_in.message', { title: room.title }) },
      reason: 'check_in',
      roomId: room.id,
    });
  },
});
