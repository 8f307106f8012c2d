/**
 * Where each WhatsApp chat stands in its mediation. One row per number, kept in the database so
 * the conversation survives restarts, and changed only by that number's serial job queue.
 * In memory each state carries exactly its own fields (`ChatState`, chat-states.ts); the row
 * keeps the shape it has always had (stored-chat.ts), so rows of earlier versions still load.
 */
import type { Logger } from 'pino';
import type { Db } from '../storage/database.js';
import type { ChatState, KeptAcrossStates } from './chat-states.js';
import { chatOfRow, rowOfChat } from './stored-chat.js';

export interface Conversation {
  waId: string;
  userId: string;
  chat: ChatState;
  kept: KeptAcrossStates;
  lastInboundAt: Date | null;
  remindedAt: Date | null;
}

/** Moves the chat on, forgetting what it kept (a new mediation, or a new person's part in one). */
export function startOver(
  conversation: Conversation,
  chat: ChatState,
  kept: KeptAcrossStates = {},
): void {
  conversation.chat = chat;
  conversation.kept = kept;
}

/** The chat's state; a row that does not fit a state is read as the nearest safe one, logged. */
export async function loadConversation(
  db: Db,
  waId: string,
  logger: Pick<Logger, 'warn'>,
): Promise<Conversation | undefined> {
  const row = await db
    .selectFrom('whatsapp_conversations')
    .selectAll()
    .where('wa_id', '=', waId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { chat, kept, misfit } = chatOfRow(row);
  if (misfit) {
    logger.warn(
      { chatState: row.state, readAs: chat.state, misfit, userId: row.user_id },
      'chat state did not fit its row; read as the nearest safe state',
    );
  }
  return {
    waId: row.wa_id,
    userId: row.user_id,
    chat,
    kept,
    lastInboundAt: row.last_inbound_at,
    remindedAt: row.reminded_at,
  };
}

/** Creates or replaces the chat's state. */
export async function saveConversation(db: Db, conversation: Conversation): Promise<void> {
  const stored = rowOfChat(conversation.chat, conversation.kept);
  const values = {
    user_id: conversation.userId,
    room_id: stored.roomId,
    state: stored.state,
    data: JSON.stringify(stored.data),
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
