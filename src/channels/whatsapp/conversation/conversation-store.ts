/**
 * Where each WhatsApp chat stands in its mediation. One row per number, kept in the database so
 * the conversation survives restarts, and changed only by that number's serial job queue.
 */
import type { Db } from '../../../storage/database.js';

/**
 * - `intake`: private coaching with the person who started; no one invited yet.
 * - `confirm_invite`: a name and number were read back; waiting for Send or Change.
 * - `awaiting_partner`: the invite is out; private coaching goes on until they join.
 * - `invitee_consent`: the invited person answered; they are asked to agree to take part.
 * - `invitee_intake`: the invited person's short private intake before the joint session.
 * - `joint`: the joint session (turns, breaks, agreement), or its resolution.
 * - `choose_room`: someone in more than one mediation picks which one the chat is for.
 * - `screening`: the private screening questions, one at a time (then back to where it was).
 */
export type ConversationState =
  | 'intake'
  | 'confirm_invite'
  | 'awaiting_partner'
  | 'invitee_consent'
  | 'invitee_intake'
  | 'joint'
  | 'choose_room'
  | 'screening';

export interface ConversationData {
  /** Read back from INVITE or a shared contact, waiting for Send. */
  pendingInvite?: { phoneNumber: string; name: string | null };
  /** The read-back invite was asked about again once (never twice: then the chat moves on). */
  inviteReasked?: boolean;
  /** The invite this (invited) person is answering. */
  inviteId?: string;
  /** The invitee's intake answers, kept until they join (then stored privately in the room). */
  inviteeIntake?: { from: 'person' | 'mediator'; text: string }[];
  /** Private intake turns taken so far. */
  intakeTurns?: number;
  /** The agreement draft this chat was last shown (typed answers answer only that one). */
  shownDraftId?: string;
  /** The last room event relayed to this chat. */
  relayedEventId?: number;
  /** The message that told this chat its joint session had started (see hand-over.ts). */
  handOver?: { roomId: string; messageId: string };
  /** The screening questions answered so far, and where the chat goes after them. */
  screening?: {
    answers: Record<string, 'yes' | 'no' | 'unsure' | 'skip'>;
    index: number;
    then: ConversationState;
  };
  /** Where the chat was before `choose_room`. */
  stateBeforeChoice?: ConversationState;
}

export interface Conversation {
  waId: string;
  userId: string;
  roomId: string | null;
  state: ConversationState;
  data: ConversationData;
  lastInboundAt: Date | null;
  remindedAt: Date | null;
}

export async function loadConversation(db: Db, waId: string): Promise<Conversation | undefined> {
  const row = await db
    .selectFrom('whatsapp_conversations')
    .selectAll()
    .where('wa_id', '=', waId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    waId: row.wa_id,
    userId: row.user_id,
    roomId: row.room_id,
    state: row.state as ConversationState,
    data: row.data as ConversationData,
    lastInboundAt: row.last_inbound_at,
    remindedAt: row.reminded_at,
  };
}

/** Creates or replaces the chat's state. */
export async function saveConversation(db: Db, conversation: Conversation): Promise<void> {
  const values = {
    user_id: conversation.userId,
    room_id: conversation.roomId,
    state: conversation.state,
    data: JSON.stringify(conversation.data),
    last_inbound_at: conversation.lastInboundAt,
    reminded_at: conversation.remindedAt,
    updated_at: new Date(),
  };
  await db
    .insertInto('whatsapp_conversations')
    .values({ wa_id: conversation.waId, ...values })
    .onConflict((oc) => oc.column('wa_id').doUpdateSet(values))
    .execute();
}

/** The chats following a room (to relay its events to). */
export async function conversationsInRoom(db: Db, roomId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('whatsapp_conversations')
    .select('wa_id')
    .where('room_id', '=', roomId)
    .execute();
  return rows.map((r) => r.wa_id);
}
