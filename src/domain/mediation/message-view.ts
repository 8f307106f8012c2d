/** The `message` object of the API. */
import type { MessageRow } from '../../storage/schema.js';

export interface MessageView {
  id: string;
  author: 'participant' | 'mediator' | 'system';
  author_user_id: string | null;
  kind: string;
  text: string;
  /** True when only the viewer can see it (e.g. the mediator's private safety reply). */
  private: boolean;
  reply_to_message_id: string | null;
  created_at: string;
}

/** Shapes a message row for the API. */
export function toMessageView(message: MessageRow): MessageView {
  return {
    id: message.id,
    author: message.author_kind,
    author_user_id: message.author_user_id,
    kind: message.kind,
    text: message.body,
    private: message.visible_to_user_id !== null,
    reply_to_message_id: message.reply_to_message_id,
    created_at: message.created_at.toISOString(),
  };
}
