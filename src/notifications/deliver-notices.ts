/**
 * Sends a person's due notices: gathered per room into one message, on the channel
 * `chooseChannel` picks, queued in the channel's pipeline in the same transaction that marks
 * the notices sent (so each is told once).
 */
import { queueEmail } from '../channels/email/queue-email.js';
import { CONTINUE_PREFIX } from '../channels/whatsapp/inbound/continue-button.js';
import { queueWhatsAppMessage } from '../channels/whatsapp/outbound/queue-message.js';
import type { OutboundWhatsApp } from '../channels/whatsapp/outbound-message.js';
import { serviceWindowOpenedAfter } from '../channels/whatsapp/service-window.js';
import {
  type RenderedTemplate,
  renderAccountTemplate,
} from '../channels/whatsapp/templates/render-account-template.js';
import { FOLLOWING_STATES } from '../chat/chat-states.js';
import { localeOfUser } from '../domain/accounts/user-locale.js';
import { seenSince } from '../domain/mediation/presence.js';
import type { Locale } from '../i18n/locales.js';
import type { Services } from '../services.js';
import type { Db } from '../storage/database.js';
import { chooseChannel } from './choose-channel.js';
import {
  noticeT,
  noticeTemplateRequest,
  noticeText,
  type PendingNotice,
} from './compose-notices.js';
import type { NoticeKind } from './notice.js';
import { reachabilityOf } from './reachability.js';

/** Delivers everything due for `userId` now. */
export async function deliverNotices(services: Services, userId: string): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('notices')
      .innerJoin('rooms', 'rooms.id', 'notices.room_id')
      .innerJoin('participants', (join) =>
        join
          .onRef('participants.room_id', '=', 'notices.room_id')
          .onRef('participants.user_id', '=', 'notices.user_id'),
      )
      .select([
        'notices.id',
        'notices.kind',
        'notices.data',
        'notices.room_id',
        'notices.created_at',
        'rooms.title',
        'participants.last_seen_at',
      ])
      .where('notices.user_id', '=', userId)
      .where('notices.sent_at', 'is', null)
      .where('notices.due_at', '<=', new Date())
      .orderBy('notices.created_at')
      .forUpdate('notices')
      .skipLocked()
      .execute();
    if (due.length === 0) return;
    // What the person already saw in the room (live or on reading it) needs no message.
    // A person mediating in their WhatsApp chat hears it there, from the room's relay.
    const inChat = await roomsRelayedToChat(trx, userId);
    const seen = due.filter(
      (n) => seenSince(n.last_seen_at, n.created_at) || inChat.has(n.room_id),
    );
    if (seen.length > 0) {
      await trx
        .updateTable('notices')
        .set({ sent_at: new Date(), channel: 'none', outcome: 'seen' })
        .where(
          'id',
          'in',
          seen.map((n) => n.id),
        )
        .execute();
    }
    const unseen = due.filter((n) => !seen.includes(n));
    if (unseen.length === 0) return;

    const person = await reachabilityOf(trx, userId);
    const channel = chooseChannel(person);
    // Every word of a notice is in the language of the person it goes to.
    const locale = await localeOfUser(trx, userId);

    const rooms = new Map<string, { title: string; notices: PendingNotice[] }>();
    for (const row of unseen) {
      const room = rooms.get(row.room_id) ?? { title: row.title, notices: [] };
      room.notices.push({
        kind: row.kind as NoticeKind,
        actorName: String(
          (row.data as { actor_name?: string }).actor_name ?? noticeT(locale, 'other_person'),
        ),
      });
      rooms.set(row.room_id, room);
    }
    let outcome = channel;
    let fallbackReason: string | null = null;
    for (const [roomId, room] of rooms) {
      const roomUrl = `${services.config.publicUrl}/rooms/${roomId}`;
      const text = noticeText(locale, room.title, room.notices, roomUrl);
      // The chat's key: the number's digits, or the chat of someone who wrote in by username.
      const waId = person.phoneNumber?.slice(1) ?? person.whatsappChatKey ?? undefined;
      const byEmail = (to: string) =>
        queueEmail(trx, {
          to,
          subject: noticeT(locale, 'email.subject', { title: room.title }),
          text,
          reason: 'notice',
          roomId,
        });
      const rendered = await noticeTemplateFor(services, trx, channel, roomId, room, locale);
      const template = rendered?.ok ? rendered.message : null;
      // A template the account cannot carry goes by email (or not at all), with the reason.
      if (rendered && !rendered.ok) fallbackReason = 'whatsapp_template_unusable';
      if (channel === 'whatsapp_text' && waId) {
        await queueWhatsAppMessage(trx, {
          waId,
          message: continueMessage(locale, text, roomId),
          reason: 'notice',
          roomId,
        });
      } else if (template && waId) {
        await queueWhatsAppMessage(trx, { waId, message: template, reason: 'notice', roomId });
      } else if (person.email && channel !== 'none') {
        // Email, or the email version of a notice no template may tell (a safety pause).
        await byEmail(person.email);
        if (fallbackReason) outcome = 'email';
      } else {
        outcome = 'none';
        // The operator sees why someone heard nothing (e.g. reachable only by user id, outside
        // the window, with a notice no template may tell and no email).
        services.logger.info(
          {
            userId,
            roomId,
            channel,
            reason: channel === 'none' ? 'no_channel' : waId ? 'no_template_no_email' : 'no_email',
          },
          'notice not delivered',
        );
      }
    }
    await trx
      .updateTable('notices')
      .set({
        sent_at: new Date(),
        channel: outcome,
        outcome: fallbackReason ?? (unseen.length > 1 ? `coalesced_${unseen.length}` : 'sent'),
      })
      .where(
        'id',
        'in',
        unseen.map((d) => d.id),
      )
      .execute();
  });
}

/** Outside the window: the account's template for the room's notices, or why it cannot be used. */
async function noticeTemplateFor(
  services: Services,
  trx: Db,
  channel: string,
  roomId: string,
  room: { title: string; notices: PendingNotice[] },
  locale: Locale,
): Promise<RenderedTemplate | null> {
  if (channel !== 'whatsapp_template') return null;
  const request = noticeTemplateRequest(roomId, room.notices, room.title);
  if (!request) return null;
  // In the person's language when Meta approved it there; otherwise English, recorded.
  const rendered = await renderAccountTemplate(
    trx,
    request.purpose,
    request.params,
    services.config.publicUrl,
    locale,
  );
  if (!rendered.ok) {
    services.logger.warn(
      { roomId, purpose: request.purpose },
      'WhatsApp template cannot be filled; the notice goes by email if it can',
    );
  }
  return rendered;
}

/**
 * Inside the window a notice carries a "Continue" button: a tap is a message from the person,
 * which keeps their window (and free messages) open, and gets them the link to their room.
 */
function continueMessage(locale: Locale, text: string, roomId: string): OutboundWhatsApp {
  if (text.length > 1024) return { kind: 'text', body: text };
  return {
    kind: 'buttons',
    body: text,
    buttons: [{ id: `${CONTINUE_PREFIX}${roomId}`, title: noticeT(locale, 'continue_button') }],
  };
}

/** Rooms the person follows in a WhatsApp chat whose 24-hour window is open. */
async function roomsRelayedToChat(trx: Db, userId: string): Promise<Set<string>> {
  const rows = await trx
    .selectFrom('whatsapp_conversations')
    .innerJoin('whatsapp_contacts', 'whatsapp_contacts.wa_id', 'whatsapp_conversations.wa_id')
    .select('whatsapp_conversations.room_id')
    .where('whatsapp_conversations.user_id', '=', userId)
    .where('whatsapp_conversations.state', 'in', FOLLOWING_STATES)
    .where('whatsapp_contacts.opted_out_at', 'is', null)
    .where('whatsapp_contacts.last_inbound_at', '>', serviceWindowOpenedAfter())
    .execute();
  return new Set(rows.map((r) => r.room_id).filter((id): id is string => id !== null));
}
