/**
 * Whose pause it is. A break belongs to whoever took it; a safety pause to whoever it protects.
 * When someone raises a safety concern during the other person's break, both hold: the break
 * stays the other person's to end (nothing about it changes, so they cannot tell), and the
 * session stays paused until the person who raised the concern resumes too.
 */
import type { RoomRow } from '../../storage/schema.js';

type PauseFields = Pick<RoomRow, 'break_started_by' | 'safety_paused_by'>;

/** A room's columns with no pause held: no break, no safety pause. */
export const NO_PAUSE = {
  break_reason: null,
  break_started_at: null,
  break_started_by: null,
  safety_paused_by: null,
} as const;

/** True when this person holds a pause in the room (a break of theirs or their safety pause). */
export function holdsPause(room: PauseFields, userId: string): boolean {
  return room.break_started_by === userId || room.safety_paused_by === userId;
}

/** What is left when `userId` ends their part of the pause. */
export function afterResumeBy(
  room: PauseFields,
  userId: string,
): 'active' | 'still_on_others_break' | 'still_safety_paused' {
  const otherBreak = room.break_started_by !== null && room.break_started_by !== userId;
  const otherSafety = room.safety_paused_by !== null && room.safety_paused_by !== userId;
  if (otherSafety) return 'still_safety_paused';
  if (otherBreak) return 'still_on_others_break';
  return 'active';
}
