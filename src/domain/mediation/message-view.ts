/** The `message` object of the API. */
import type { Static } from '@sinclair/typebox';
import type { Message } from '../../http/schemas/messages.js';
import type { MessageRow } from '../../storage/schema.js';
import { type RecordedRoomEvent, type StoredMessage, storedMessage } from './room-event.js';

/** The API's `Message` (src/http/schemas/messages.ts). */
export type MessageView = Static<typeof Message>;

/** Shapes a message row for the API. */
export function toMessageView(message: MessageRow): MessageView {
  return { ...messageViewFromStored(storedMessage(message)), language: message.language ?? null };
}

/** The API's shape of a message the room's feed stored (the two shapes may grow apart). */
export function messageViewFromStored(stored: StoredMessage): MessageView {
  return {
    id: stored.id,
    author: stored.author,
    author_user_id: stored.author_user_id,
    kind: stored.kind,
    text: stored.text,
    private: stored.private,
    reply_to_message_id: stored.reply_to_message_id,
    created_at: stored.created_at,
    // Filled in per viewer by `inViewerLanguage` (message-languages.ts).
    language: null,
    translation: null,
  };
}

/** What the event stream sends for a recorded event: its data in the API's shapes. */
export function feedEventData(event: RecordedRoomEvent): object {
  return event.type === 'message' ? messageViewFromStored(event.data) : event.data;
}
