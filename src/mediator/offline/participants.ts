/**
 * How the facilitator refers to people. Names can be missing or blank (a profile not filled
 * in yet); then it talks to "you" directly rather than printing an empty name.
 */

import type { MediatorParticipant } from '../mediator.js';
import type { ShiftNames } from './person-shift.js';
import { capitalize, joinNames, lowerFirst } from './text.js';

/** The participant's name as they wrote it, or null when there is none. */
export function nameOf(participants: MediatorParticipant[], id: string | null): string | null {
  const name = participants.find((p) => p.id === id)?.name.trim();
  return name ? name : null;
}

/** The other person in a two-person room, or undefined while the room has one person. */
export function otherOf(
  participants: MediatorParticipant[],
  id: string,
): MediatorParticipant | undefined {
  return participants.find((p) => p.id !== id);
}

/** Starts a sentence with the person's name ("Sam, what...") or without one when unnamed. */
export function addressing(name: string | null, sentence: string): string {
  return name ? `${name}, ${lowerFirst(sentence)}` : capitalize(sentence);
}

/** A name usable in the third person, or the given stand-in when the person has no name. */
export function labelOf(
  participants: MediatorParticipant[],
  id: string | null,
  fallback = 'the other person',
): string {
  return nameOf(participants, id) ?? fallback;
}

/** A name for written records: the real name, or "Participant 1" / "Participant 2". */
export function recordLabelOf(participants: MediatorParticipant[], id: string | null): string {
  const index = participants.findIndex((p) => p.id === id);
  return nameOf(participants, id) ?? (index >= 0 ? `Participant ${index + 1}` : 'the other person');
}

/** Everyone named for a written record ("Alex and Sam", or "Participant 1 and Participant 2"). */
export function recordNames(participants: MediatorParticipant[]): string {
  return (
    joinNames(participants.map((p) => recordLabelOf(participants, p.id))) || 'both participants'
  );
}

/** Both people named together ("Alex and Sam"), or "you both" when names are missing. */
export function bothNames(participants: MediatorParticipant[], fallback = 'you both'): string {
  const names = participants.map((p) => p.name.trim()).filter(Boolean);
  return names.length === participants.length && names.length > 0 ? joinNames(names) : fallback;
}

/** Names for restating one person's words in the third person, for records or for the room. */
export function shiftNames(
  participants: MediatorParticipant[],
  speakerId: string,
  both = recordNames(participants),
): ShiftNames {
  const other = otherOf(participants, speakerId);
  return {
    speaker: recordLabelOf(participants, speakerId),
    other: other ? recordLabelOf(participants, other.id) : 'the other person',
    both,
  };
}
