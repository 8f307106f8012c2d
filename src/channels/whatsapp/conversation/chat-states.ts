/**
 * Which chat states take part in a room, written once (the states themselves are described in
 * conversation-store.ts).
 */
import type { ConversationState } from './conversation-store.js';

/**
 * Chats that follow their room: the room's events are relayed into them, and the person's
 * notices for that room are not sent while the relay reaches them. The rest are between invite
 * and consent (the invitee's), or choosing which room the chat is for.
 */
export const FOLLOWING_STATES: readonly ConversationState[] = [
  'intake',
  'awaiting_partner',
  'confirm_invite',
  'joint',
  'screening',
];

/**
 * Chats where someone is in a mediation and free to talk (not reading back an invite, not in
 * the middle of the screening questions): they get the idle reminder and may be asked the
 * screening questions.
 */
export const IN_MEDIATION_STATES: readonly ConversationState[] = [
  'intake',
  'awaiting_partner',
  'joint',
];

export function followsRoom(state: ConversationState): boolean {
  return FOLLOWING_STATES.includes(state);
}
