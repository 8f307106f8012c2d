/**
 * The first thing both people read when the room becomes active: who they are talking to,
 * how the conversation works, and an invitation for the first speaker to begin.
 */

import type { OpeningRequest } from '../mediator.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { addressing, bothNames, nameOf } from './participants.js';
import { lastMediatorLine } from './transcript.js';

const HOW_IT_WORKS = [
  "You'll take turns: after each message I'll reflect back what I heard, ask one question, and hand over to the other person. Either of you can pause or stop at any time.",
  "Here's how it works: you take turns, and after each message I'll sum up what I heard and ask the other person one question. Either of you can pause or stop at any time.",
];

/** What the room is about, quoted as the participants named it, or null when not given. */
export function roomSubject(
  room: OpeningRequest['room'],
  participants: OpeningRequest['participants'] = [],
): string | null {
  const subject = room.topic?.trim() || room.title.trim();
  if (!subject || namesOnly(subject, participants)) return null;
  return `"${subject}"`;
}

/** True for a title that only names people ("Sarah and John"): it is not a topic to talk through. */
function namesOnly(title: string, participants: OpeningRequest['participants']): boolean {
  const names = new Set(participants.map((p) => p.name.trim().toLowerCase()).filter(Boolean));
  const parts = title
    .toLowerCase()
    .split(/\s*(?:,|&|\+|\band\b|\bwith\b|\bvs\.?\b)\s*/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => names.has(p) || /^(?:me|us|we)$/.test(p));
}

/** Writes the welcome, never repeating the previous mediator line word for word. */
export function openingReply(request: OpeningRequest): string {
  const names = bothNames(request.participants, '');
  const subject = roomSubject(request.room, request.participants);
  const welcome = names ? `Welcome, ${names}.` : 'Welcome, both of you.';
  const who =
    "I'm Meedi8, an AI mediator. I'm not a therapist or a lawyer, and I won't take sides.";
  // Mediation is not safe where there is abuse; people are told so before they begin.
  const safety =
    'Mediation is not the right tool if either of you is afraid of the other or being hurt; if that is the case, say so and I will pause and point you to people who can help.';
  const purpose = subject
    ? `I'm here to help you talk through ${subject} and find a way forward you can both live with.`
    : "I'm here to help you talk things through and find a way forward you can both live with.";
  const invite = addressing(
    nameOf(request.participants, request.nextSpeakerId),
    'would you start by describing what happened from your side, in your own words?',
  );
  const previous = lastMediatorLine(request.transcript);
  const seed = stableHash(`${request.room.id}|${request.nextSpeakerId}`);
  const candidates = rotate(HOW_IT_WORKS, seed).map((how) =>
    [welcome, who, purpose, safety, how, invite].join(' '),
  );
  return candidates.find((c) => c !== previous) ?? `${candidates[0]} Take your time.`;
}
