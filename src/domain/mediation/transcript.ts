/** What the mediator is shown: the joint conversation, never anyone's private messages. */
import type {
  MediatorParticipant,
  MediatorRequest,
  TranscriptEntry,
} from '../../mediator/mediator.js';
import type { Db } from '../../storage/database.js';
import type { RoomRow } from '../../storage/schema.js';
import { loadParticipants, type RoomParticipant } from './room-access.js';

const TRANSCRIPT_LIMIT = 200;

/** The room's shared statements and mediator lines, oldest first (the latest 200). */
export async function loadTranscript(db: Db, roomId: string): Promise<TranscriptEntry[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['author_kind', 'author_user_id', 'body', 'created_at'])
    .where('room_id', '=', roomId)
    .where('visible_to_user_id', 'is', null)
    .where('author_kind', 'in', ['participant', 'mediator'])
    .orderBy('seq', 'desc')
    .limit(TRANSCRIPT_LIMIT)
    .execute();
  return rows.reverse().map((row) => ({
    participantId: row.author_kind === 'participant' ? row.author_user_id : null,
    text: row.body,
    at: row.created_at,
  }));
}

/** Participants as the mediator knows them. */
export function toMediatorParticipants(participants: RoomParticipant[]): MediatorParticipant[] {
  return participants.map((p) => ({ id: p.user_id, name: p.name, role: p.role }));
}

/** The part of every mediator request that describes the room: who, about what, what was said. */
export async function mediatorContext(
  db: Db,
  room: Pick<RoomRow, 'id' | 'title' | 'topic'>,
): Promise<Pick<MediatorRequest, 'room' | 'participants' | 'transcript'>> {
  const [participants, transcript] = await Promise.all([
    loadParticipants(db, room.id),
    loadTranscript(db, room.id),
  ]);
  return {
    room: { id: room.id, title: room.title, topic: room.topic },
    participants: toMediatorParticipants(participants),
    transcript,
  };
}
