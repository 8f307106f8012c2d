/** The words of a notice message: one per room, several events told together. */
import type { TemplateMessage } from '../channels/whatsapp/outbound-message.js';
import type { TemplateParameters } from '../channels/whatsapp/templates/definitions.js';
import { renderTemplateMessage } from '../channels/whatsapp/templates/render-template-message.js';
import { NOTICE_PRIORITY, type NoticeKind } from './notice.js';

export interface PendingNotice {
  kind: NoticeKind;
  actorName: string;
}

const COUNT_WORDS = ['', 'once', 'twice', 'three times'];

/** A plain-text summary of a room's notices, with the link to the room. */
export function noticeText(roomTitle: string, notices: PendingNotice[], roomUrl: string): string {
  const lines: string[] = [];
  const replies = notices.filter((n) => n.kind === 'turn');
  if (notices.some((n) => n.kind === 'partner_joined')) {
    lines.push(
      `${notices.find((n) => n.kind === 'partner_joined')!.actorName} joined your mediation.`,
    );
  }
  if (replies.length > 0) {
    const times =
      replies.length > 1 ? ` ${COUNT_WORDS[replies.length] ?? `${replies.length} times`}` : '';
    lines.push(`${replies.at(-1)!.actorName} replied${times}. It is your turn when you are ready.`);
  }
  const last = (kind: NoticeKind) => notices.filter((n) => n.kind === kind).at(-1);
  if (last('break_requested'))
    lines.push(`${last('break_requested')!.actorName} asked for a break.`);
  if (last('paused')) lines.push('The session is paused for now.');
  if (last('closed')) lines.push('The mediation cannot go ahead at the moment.');
  if (last('break_resumed')) lines.push(`${last('break_resumed')!.actorName} resumed the session.`);
  if (last('agreement_reached'))
    lines.push('You have reached an agreement. Read it and keep a copy here:');
  return [`Meedi8 · ${roomTitle}`, ...lines, roomUrl].join('\n');
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
