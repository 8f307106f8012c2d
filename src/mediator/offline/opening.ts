/**
 * The first thing both people read when the room becomes active: who they are talking to,
 * how the conversation works, and an invitation for the first speaker to begin.
 */

import { type Locale, SOURCE_LOCALE } from '../../i18n/locales.js';
import type { OpeningRequest } from '../mediator.js';
import { addressIn, bothNamesIn, say } from './catalogue-text.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { nameOf } from './participants.js';
import { lastMediatorLine } from './transcript.js';

const HOW_IT_WORKS = ['opening.how_1', 'opening.how_2'] as const;

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

/** Writes the welcome in `locale`, never repeating the previous mediator line word for word. */
export function openingReply(request: OpeningRequest, locale: Locale = SOURCE_LOCALE): string {
  const names = bothNamesIn(locale, request.participants, '');
  const subject = roomSubject(request.room, request.participants);
  const welcome = names
    ? say(locale, 'opening.welcome_named', { names })
    : say(locale, 'opening.welcome_both');
  const who = say(locale, 'opening.who');
  // Mediation is not safe where there is abuse; people are told so before they begin.
  const safety = say(locale, 'opening.safety');
  const purpose = subject
    ? say(locale, 'opening.purpose_subject', { subject })
    : say(locale, 'opening.purpose');
  const invite = addressIn(
    locale,
    nameOf(request.participants, request.nextSpeakerId),
    say(locale, 'opening.invite'),
  );
  const previous = lastMediatorLine(request.transcript);
  const seed = stableHash(`${request.room.id}|${request.nextSpeakerId}`);
  const candidates = rotate(HOW_IT_WORKS, seed).map((how) =>
    [welcome, who, purpose, safety, say(locale, how), invite].join(' '),
  );
  return (
    candidates.find((c) => c !== previous) ??
    `${candidates[0]} ${say(locale, 'turn.take_your_time')}`
  );
}
