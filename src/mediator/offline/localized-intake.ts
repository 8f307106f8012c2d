/**
 * The private intake in a language other than English: the same three topics (what happened,
 * how it felt, what is needed) asked from the catalogue, a topic counted as covered once the
 * person has answered its question, and their words reflected as far as the language allows.
 */
import type { Locale } from '../../i18n/locales.js';
import type { IntakeRequest, MediatorResponse, TranscriptEntry } from '../mediator.js';
import { say } from './catalogue-text.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { INTAKE_QUESTIONS, INTAKE_TOPICS, type IntakeTopic, nextStep } from './intake.js';
import { reflectIn } from './localized-reflection.js';
import { nameOf } from './participants.js';
import { lastMediatorLine, participantText } from './transcript.js';

/** A first message this long tells what happened, even if nobody asked yet. */
const ACCOUNT_WORDS = 8;

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Which topic a mediator line asked, by the catalogue question it ends with. */
function topicAskedIn(locale: Locale, line: string): IntakeTopic | null {
  return (
    INTAKE_TOPICS.find((topic) =>
      INTAKE_QUESTIONS[topic].some((key) => line.trim().endsWith(say(locale, key))),
    ) ?? null
  );
}

/** The topics covered: each answered question, and a long first account for what happened. */
function coveredIn(locale: Locale, entries: TranscriptEntry[], personId: string): Set<IntakeTopic> {
  const covered = new Set<IntakeTopic>();
  const asked = new Map<IntakeTopic, number>();
  let pending: IntakeTopic | null = null;
  for (const entry of entries) {
    if (entry.participantId === null) {
      pending = topicAskedIn(locale, entry.text);
      if (pending) asked.set(pending, (asked.get(pending) ?? 0) + 1);
      continue;
    }
    if (entry.participantId !== personId) continue;
    if (wordsIn(entry.text) >= ACCOUNT_WORDS) covered.add('happened');
    // A short answer still answers; asking twice is enough either way.
    if (pending && (wordsIn(entry.text) >= 2 || (asked.get(pending) ?? 0) >= 2)) {
      covered.add(pending);
    }
    pending = null;
  }
  return covered;
}

/** Answers one private intake message in `locale`. */
export function localizedIntake(request: IntakeRequest, locale: Locale): MediatorResponse {
  const last = request.transcript.at(-1);
  const entries =
    last && last.participantId === request.personId && last.text === request.latest.text
      ? request.transcript
      : [
          ...request.transcript,
          { participantId: request.personId, text: request.latest.text, at: new Date(0) },
        ];
  const name = nameOf(request.participants, request.personId);
  const seed = stableHash(
    `${request.room.id}|intake|${entries.length}|${participantText(entries)}`,
  );
  const covered = coveredIn(locale, entries, request.personId);
  const missing = INTAKE_TOPICS.find((topic) => !covered.has(topic)) ?? null;
  const partner = request.partner.name?.trim() || say(locale, 'person.other');
  const privacyText = say(locale, 'intake.privacy', { partner });
  const firstAnswer = entries.filter((e) => e.participantId === request.personId).length === 1;
  const promised =
    request.privacyPromised === true ||
    entries.some((e) => e.participantId === null && e.text.includes(privacyText));
  const ack =
    wordsIn(request.latest.text) < 4
      ? name
        ? say(locale, 'intake.thanks_named', { name })
        : say(locale, 'intake.thanks')
      : reflectIn(locale, {
          text: request.latest.text,
          writerLocale: locale,
          name,
          otherName: request.partner.name?.trim() || null,
          seed,
          transcript: request.transcript,
        });
  const previous = lastMediatorLine(request.transcript);
  const steps = missing
    ? rotate(INTAKE_QUESTIONS[missing], seed, 7).map((key) => say(locale, key))
    : [nextStep(request, locale)];
  const privacy = firstAnswer && !promised ? privacyText : null;
  const candidates = steps.map((step) => [ack, privacy, step].filter(Boolean).join(' '));
  const reply =
    candidates.find((c) => c !== previous) ??
    `${candidates[0] ?? ack} ${say(locale, 'turn.take_your_time')}`;
  return {
    reply,
    replyLocale: locale,
    stage: 'opening',
    safetyFlags: [],
    intake: { readyForJointSession: missing === null },
  };
}
