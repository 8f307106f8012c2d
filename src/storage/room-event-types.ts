/**
 * The kinds of event a room's feed records, in a module with no imports so the web client (which
 * listens for each by name) reads the same list. The shape of each one's data: room-event.ts.
 */
export const ROOM_EVENT_TYPES = [
  'message',
  'turn',
  'phase',
  'participant_joined',
  'invite',
  'stage',
  'agreement',
  'agreement_draft',
  'agreement_confirmation',
  'held_message',
  'held_released',
] as const;

export type RoomEventType = (typeof ROOM_EVENT_TYPES)[number];
