/** Notices: what a participant should hear about their mediation, and when it is due. */

export type NoticeKind =
  | 'turn'
  | 'partner_joined'
  | 'break_requested'
  | 'break_resumed'
  | 'paused'
  | 'closed'
  | 'agreement_reached';

export interface NoticeInput {
  userId: string;
  roomId: string;
  kind: NoticeKind;
  /** Who caused it (their display name), for the words of the message. */
  actorName: string;
}

/** Which notice matters most when several are told in one message. */
export const NOTICE_PRIORITY: Record<NoticeKind, number> = {
  closed: 6,
  agreement_reached: 5,
  paused: 4,
  break_requested: 3,
  turn: 2,
  break_resumed: 1,
  partner_joined: 0,
};
