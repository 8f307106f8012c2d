/**
 * What a room's feed records: one union of every event type with the shape of its data, typing
 * both what is written to `room_events` and what readers (the web feed, the chat relay, the
 * erasure) get back. These are the stored shapes (`Stored…`), written here apart from the API's
 * (src/http/schemas/), so the API can change without rewriting the feed already recorded.
 * Events written before a field was added simply lack it; readers treat new fields as optional.
 */
import type { MediationStage } from '../../mediator/mediator.js';
import type {
  AgreementDecision,
  AgreementDraftStatus,
  MessageRow,
  RoomEventType,
  RoomPhase,
} from '../../storage/schema.js';
import type { InviteStatus } from './invites.js';

/** A message as the feed stores it (version 1 of the stored shape). */
export interface StoredMessage {
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

/** The agreement both confirmed, as the feed stores it (version 1). */
export interface StoredAgreement {
  id: string;
  text: string;
  finalized_by: string | null;
  created_at: string;
}

/** An agreement draft with each person's answer, as the feed stores it (version 1). */
export interface StoredAgreementDraft {
  id: string;
  summary: string;
  commitments: { participant_id: string | null; text: string }[];
  text: string;
  status: AgreementDraftStatus;
  proposed_by: string | null;
  confirmations: {
    user_id: string;
    decision: AgreementDecision;
    note: string | null;
    at: string;
  }[];
  created_at: string;
}

/** A message kept until its writer's turn, as the feed stores it (version 1). */
export interface StoredHeldMessage {
  id: string;
  text: string;
  created_at: string;
  /** Written while the room was on a break. */
  written_on_break?: boolean;
}

/** How an invite is getting on, as WhatsApp reports it, or that its link was opened. */
export type InviteProgress = 'opened' | 'sent' | 'delivered' | 'read' | 'failed';

export type RoomEvent =
  | { type: 'message'; data: StoredMessage }
  | { type: 'turn'; data: { current_turn_user_id: string | null } }
  | {
      type: 'phase';
      data: { phase: RoomPhase; started?: boolean; started_at?: string; resolved_at?: string };
    }
  | {
      type: 'participant_joined';
      data: { user_id: string; name: string; role: 'owner' | 'invitee' };
    }
  | {
      type: 'invite';
      data: {
        invite_id: string;
        status?: InviteStatus | 'queued';
        channel?: 'whatsapp' | 'email';
        progress?: InviteProgress;
      };
    }
  | { type: 'stage'; data: { stage: MediationStage } }
  | { type: 'agreement'; data: StoredAgreement }
  | { type: 'agreement_draft'; data: StoredAgreementDraft }
  | { type: 'agreement_confirmation'; data: StoredAgreementDraft }
  | { type: 'held_message'; data: StoredHeldMessage }
  | { type: 'held_released'; data: { held_message_ids: string[]; message_id: string } };

// The union names every type the column may hold, and nothing else.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const everyTypeCovered: Exact<RoomEvent['type'], RoomEventType> = true;
void everyTypeCovered;

/** An event to record: its room, and whether only one participant sees it. */
export type RoomEventInput = RoomEvent & {
  roomId: string;
  /** Only this participant sees the event; omit for both. */
  visibleTo?: string | null;
};

/** A recorded event as read back from the feed. */
export type RecordedRoomEvent = RoomEvent & { id: number };

/** A message row in the feed's stored shape. */
export function storedMessage(message: MessageRow): StoredMessage {
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

/**
 * Reads a row of `room_events` as the union. The column holds JSON written only through
 * `recordRoomEvents`, so the type names its shape; this is the one place that says so.
 */
export function readRoomEvent(row: { id: number; type: RoomEventType; data: unknown }) {
  return { id: row.id, type: row.type, data: row.data } as RecordedRoomEvent;
}
