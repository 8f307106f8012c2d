/** The words of a notice message: one per room, several events told together. */
import type { TemplateMessage } from '../channels/whatsapp/outbound-message.js';
import type { TemplateParameters } from '../channels/whatsapp/templates/definitions.js';
import { renderTemplateMessage } from '../channels/whatsapp/templates/render-template-message.js';
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/translate.js';
import { NOTICE_PRIORITY, type NoticeKind } from './notice.js';

/** A notice's words in the recipient's language. */
export const noticeT = translator('notices');

export interface PendingNotice {
  kind: NoticeKind;
  actorName: string;
}

/** A plain-text summary of a room's notices, with the link to the room, in `locale`. */
export function noticeText(
  locale: Locale,
  roomTitle: string,
  notices: PendingNotice[],
  roomUrl: string,
): string {
  const t = (key: Parameters<typeof noticeT>[1], values?: Record<string, string | number>) =>
    noticeT(locale, key, values);
  const lines: string[] = [];
  const replies = notices.filter((n) => n.kind === 'turn');
  const joined = notices.find((n) => n.kind === 'partner_joined');
  if (joined) lines.push(t('partner_joined', { name: joined.actorName }));
  if (replies.length > 0) {
    lines.push(t('replied', { name: replies.at(-1)!.actorName, count: replies.length }));
  }
  const last = (kind: NoticeKind) => notices.filter((n) => n.kind === kind).at(-1);
  const asked = last('break_requested');
  if (asked) lines.push(t('break_requested', { name: asked.actorName }));
  if (last('paused')) lines.push(t('paused'));
  if (last('closed')) lines.push(t('closed'));
  const resumed = last('break_resumed');
  if (resumed) lines.push(t('break_resumed', { name: resumed.actorName }));
  if (last('agreement_reached')) lines.push(t('agreement_reached'));
  return [t('heading', { title: roomTitle }), ...lines, roomUrl].join('\n');
}

/** The template purpose that best tells a room's notices, and its values; null when none fits. */
export function noticeTemplateRequest(
  roomId: string,
  notices: PendingNotice[],
  topic?: string,
): { purpose: NoticeTemplatePurpose; params: NoticeTemplateParams } | null {
  const top = [...notices]
    // Neither a pause nor a mediation that cannot go ahead is told in a template.
    .filter((n) => n.kind !== 'paused' && n.kind !== 'closed')
    .sort((a, b) => NOTICE_PRIORITY[b.kind] - NOTICE_PRIORITY[a.kind])[0];
  if (!top) return null;
  const params: NoticeTemplateParams = { partnerName: top.actorName, roomId };
  if (topic) params.topic = topic;
  if (top.kind === 'agreement_reached') return { purpose: 'agreement_reached', params };
  if (top.kind === 'break_requested') return { purpose: 'break_requested', params };
  return { purpose: 'turn_notification', params };
}

type NoticeTemplatePurpose = 'agreement_reached' | 'break_requested' | 'turn_notification';
type NoticeTemplateParams = TemplateParameters['turn_notification'];

/**
 * The approved template that best tells a room's notices outside the 24-hour window, as Meedi8
 * defines it, or null when none fits (a safety pause is never told in a template: its words
 * would say too much).
 */
export function noticeTemplate(roomId: string, notices: PendingNotice[]): TemplateMessage | null {
  const request = noticeTemplateRequest(roomId, notices);
  return request ? renderTemplateMessage(request.purpose, request.params) : null;
}
