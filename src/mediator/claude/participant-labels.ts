/**
 * How participants are named in the conversation Claude reads. Names are chosen by the
 * participants themselves, so they are tidied and made unique before they attribute lines.
 */
import type { MediatorParticipant } from '../mediator.js';

/** The label for the mediator's own lines. */
export const MEDIATOR_LABEL = 'Mediator (you)';

const MAX_NAME_CHARS = 60;

const ROLE_NOTE: Record<MediatorParticipant['role'], string> = {
  owner: 'started the mediation',
  invitee: 'was invited',
};

/** A participant's display name, reduced to one short line without quote or tag characters. */
export function cleanName(name: string): string {
  const cleaned = name
    // Quotes and angle brackets would let a name imitate the transcript's own markup.
    .replace(/[\p{Cc}\p{Cf}"<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_CHARS)
    .trim();
  return cleaned.length > 0 ? cleaned : 'Participant';
}

/** Labels keyed by participant id; two people with the same name are told apart by role. */
export function participantLabels(
  participants: readonly MediatorParticipant[],
): Map<string, string> {
  const counts = new Map<string, number>();
  for (const participant of participants) {
    const key = cleanName(participant.name).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const labels = new Map<string, string>();
  participants.forEach((participant, index) => {
    const name = cleanName(participant.name);
    const shared = (counts.get(name.toLowerCase()) ?? 0) > 1;
    const taken = name.toLowerCase() === MEDIATOR_LABEL.toLowerCase();
    let label = shared || taken ? `${name} (${ROLE_NOTE[participant.role]})` : name;
    // Same name and same role: fall back to position so each label stays unique.
    if ([...labels.values()].includes(label)) label = `${name} (participant ${index + 1})`;
    labels.set(participant.id, label);
  });
  return labels;
}

/** What a participant's role means, for the participants list. */
export function roleNote(role: MediatorParticipant['role']): string {
  return ROLE_NOTE[role];
}
