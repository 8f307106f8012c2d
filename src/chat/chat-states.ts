/**
 * The chat's states, each carrying exactly its own fields, and which of them take part in a
 * room, written once. A table of the states: ARCHITECTURE.md, "The chat's states".
 */
import type { ScreeningAnswer } from '../storage/schema.js';

/** The names a row's `state` column holds (the SQL filters below use them). */
export type StoredState =
  | 'intake'
  | 'confirm_invite'
  | 'awaiting_partner'
  | 'invitee_consent'
  | 'invitee_intake'
  | 'joint'
  | 'choose_room'
  | 'screening';

/** A name and number read back from INVITE or a shared contact, waiting for Send. */
export interface InviteReadBack {
  phoneNumber: string;
  name: string | null;
}

/** A line of the invited person's intake, kept in the chat until they join the room. */
export interface IntakeLine {
  from: 'person' | 'mediator';
  text: string;
}

/** Where the chat goes once the screening questions are answered. */
export type AfterScreening = 'intake' | 'awaiting_partner' | 'joint';

export type ChatState =
  /** No mediation (after LEAVE, or a join that failed): stored as `intake` without a room. */
  | { state: 'no_room' }
  | { state: 'intake'; roomId: string }
  /** `reasked`: asked about once more already (never twice: then the chat moves on). */
  | { state: 'confirm_invite'; roomId: string; pendingInvite: InviteReadBack; reasked: boolean }
  | { state: 'awaiting_partner'; roomId: string }
  | { state: 'invitee_consent'; roomId: string; inviteId: string }
  | { state: 'invitee_intake'; roomId: string; inviteId: string; transcript: IntakeLine[] }
  | {
      state: 'screening';
      roomId: string;
      answers: Record<string, ScreeningAnswer>;
      /** The next question to ask. */
      index: number;
      /** Where the chat goes next (stored as `then`). */
      after: AfterScreening;
    }
  | { state: 'joint'; roomId: string }
  /** `roomId`: the room the chat was for until now, if any. */
  | { state: 'choose_room'; roomId: string | null; previous: StoredState };

export type ChatStateName = ChatState['state'];
export type ChatIn<S extends ChatStateName> = Extract<ChatState, { state: S }>;

/** Kept whatever the state, until the chat starts over. */
export interface KeptAcrossStates {
  /** Private intake turns taken so far. */
  intakeTurns?: number;
  /** The agreement draft this chat was last shown (typed answers answer only that one). */
  shownDraftId?: string;
  /** The last room event relayed to this chat. */
  relayedEventId?: number;
  /** The message that told this chat its joint session had started (see hand-over.ts). */
  handOver?: { roomId: string; messageId: string };
}

/** The room the chat is for, whatever its state. */
export function roomOf(chat: ChatState): string | null {
  return chat.state === 'no_room' ? null : chat.roomId;
}

/** The state's name in the row (the one state without a room is stored as `intake`). */
export function storedName(chat: ChatState): StoredState {
  return chat.state === 'no_room' ? 'intake' : chat.state;
}

/** The chat in a room it has chosen or been found in: waiting for the other person, or joint. */
export function inRoom(room: { id: string; phase: string }): ChatIn<'awaiting_partner' | 'joint'> {
  return { state: room.phase === 'waiting' ? 'awaiting_partner' : 'joint', roomId: room.id };
}

/**
 * Chats that follow their room: the room's events are relayed into them, and the person's
 * notices for that room are not sent while the relay reaches them. The rest are between invite
 * and consent (the invitee's), or choosing which room the chat is for.
 */
export const FOLLOWING_STATES = [
  'intake',
  'awaiting_partner',
  'confirm_invite',
  'joint',
  'screening',
] as const satisfies readonly StoredState[];

/**
 * Chats where someone is in a mediation and free to talk (not reading back an invite, not in
 * the middle of the screening questions): they get the idle reminder and may be asked the
 * screening questions.
 */
export const IN_MEDIATION_STATES = [
  'intake',
  'awaiting_partner',
  'joint',
] as const satisfies readonly AfterScreening[];

export function followsRoom(chat: ChatState): chat is ChatIn<(typeof FOLLOWING_STATES)[number]> {
  return (FOLLOWING_STATES as readonly string[]).includes(chat.state);
}

export function inMediation(chat: ChatState): chat is ChatIn<(typeof IN_MEDIATION_STATES)[number]> {
  return (IN_MEDIATION_STATES as readonly string[]).includes(chat.state);
}
