/**
 * Private intake: a few turns with one person before the joint session, one warm question at
 * a time, walking what happened, how it felt and what they need (and, for the person who
 * started, who to invite and how). The facilitator reflects the person's own words and never
 * advises or takes sides; nothing here is shown to the other person.
 */

import { type Locale, SOURCE_LOCALE } from '../../i18n/locales.js';
import type { IntakeRequest, MediatorResponse, TranscriptEntry } from '../mediator.js';
import { type MediatorKey, say } from './catalogue-text.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { nameOf } from './participants.js';
import { reflect } from './reflection.js';
import { extractStatements } from './statements.js';
import { normalizeText, wordCount } from './text.js';
import { lastMediatorLine, participantText } from './transcript.js';

/** The three things the person is helped to say, in the order they are asked. */
export const INTAKE_TOPICS = ['happened', 'feelings', 'needs'] as const;
export type IntakeTopic = (typeof INTAKE_TOPICS)[number];

/** The questions for each topic (catalogue keys), cycled so a question is not asked twice in a row. */
export const INTAKE_QUESTIONS: Record<IntakeTopic, MediatorKey[]> = {
  happened: ['intake.happened_1', 'intake.happened_2'],
  feelings: ['intake.feelings_1', 'intake.feelings_2'],
  needs: ['intake.needs_1', 'intake.needs_2'],
};

/** A message shorter than this only greets or acknowledges; it answers nothing. */
const MIN_ANSWER_WORDS = 2;
/** A first message this long tells what happened, even if nobody asked yet. */
const ACCOUNT_WORDS = 8;
const NOT_AN_ANSWER = /^(?:i )?(?:don'?t know|dunno|not sure|no idea|idk|hi|hello|hey)\b/i;

/** Which intake question a mediator line asked, read from its last question. */
export function topicAsked(line: string): IntakeTopic | null {
  const question = /([^.!?]*)\?\s*$/.exec(line.trim())?.[1]?.toLowerCase();
  if (!question) return null;
  if (/\b(?:need|needs|change|different|would help|like to see)\b/.test(question)) return 'needs';
  if (/\b(?:feel|feeling|felt|affect\w*|left you)\b/.test(question)) return 'feelings';
  if (/\b(?:happen\w*|going on|tell me|describe|work through|bring\w* you)\b/.test(question)) {
    return 'happened';
  }
  return null;
}

/** The topics the person has already covered, from what they wrote and what they answered. */
export function coveredTopics(transcript: TranscriptEntry[], personId: string): Set<IntakeTopic> {
  const covered = new Set<IntakeTopic>();
  const asked = new Map<IntakeTopic, number>();
  let pending: IntakeTopic | null = null;
  for (const entry of transcript) {
    if (entry.participantId === null) {
      pending = topicAsked(entry.text);
      if (pending) asked.set(pending, (asked.get(pending) ?? 0) + 1);
      continue;
    }
    if (entry.participantId !== personId) continue;
    const text = normalizeText(entry.text);
    const words = wordCount(text);
    const statements = extractStatements(text);
    if (words >= ACCOUNT_WORDS) covered.add('happened');
    if (statements.some((s) => s.kind === 'feeling' || s.kind === 'concern')) {
      covered.add('feelings');
    }
    if (statements.some((s) => s.kind === 'need' || s.kind === 'want')) covered.add('needs');
    // An answer to the question just asked covers it; so does a second "I don't know",
    // so a person who cannot say is never asked the same thing a third time.
    if (pending && words >= MIN_ANSWER_WORDS && !NOT_AN_ANSWER.test(text)) covered.add(pending);
    if (pending && (asked.get(pending) ?? 0) >= 2) covered.add(pending);
    pending = null;
  }
  return covered;
}

/** The transcript with `latest` as its last line (added when the caller has not yet). */
function withLatest(request: IntakeRequest): TranscriptEntry[] {
  const last = request.transcript.at(-1);
  if (last && last.participantId === request.personId && last.text === request.latest.text) {
    return request.transcript;
  }
  const at = last?.at ?? new Date(0);
  return [
    ...request.transcript,
    { participantId: request.personId, text: request.latest.text, at },
  ];
}

/** Says back what the person wrote, or simply thanks them for a greeting. */
function acknowledge(request: IntakeRequest, name: string | null, seed: number): string {
  const text = normalizeText(request.latest.text);
  const words = wordCount(text);
  if (words < 4 && extractStatements(text).length === 0) {
    return name
      ? say(SOURCE_LOCALE, 'intake.thanks_named', { name })
      : say(SOURCE_LOCALE, 'intake.thanks');
  }
  return reflect({
    text,
    speakerName: name,
    otherName: request.partner.name?.trim() || null,
    answersProposal: false,
    seed,
  });
}

/** The closing step once the three topics are covered: how to invite, or what happens next. */
export function nextStep(request: IntakeRequest, locale: Locale = SOURCE_LOCALE): string {
  const named = request.partner.name?.trim() || null;
  const partner = named ?? say(locale, 'person.other');
  const summary = say(locale, 'intake.summary');
  if (request.role === 'owner' && !request.partner.invited) {
    const how = named
      ? say(locale, 'intake.invite_named', { partner })
      : say(locale, 'intake.invite_who');
    return `${summary} ${how}`;
  }
  if (request.role === 'owner')
    return `${summary} ${say(locale, 'intake.owner_waits', { partner })}`;
  return `${summary} ${say(locale, 'intake.invitee_next', { partner })}`;
}

/** Answers one private intake message with a reflection and the next question. */
export function intakeReply(request: IntakeRequest): MediatorResponse {
  const entries = withLatest(request);
  const name = nameOf(request.participants, request.personId);
  const seed = stableHash(
    `${request.room.id}|intake|${entries.length}|${participantText(entries)}`,
  );
  const covered = coveredTopics(entries, request.personId);
  const missing = INTAKE_TOPICS.find((topic) => !covered.has(topic)) ?? null;
  const ready = missing === null;

  const firstAnswer = entries.filter((e) => e.participantId === request.personId).length === 1;
  // The promise is made once: not again if the chat's greeting already said it.
  const promised =
    request.privacyPromised === true ||
    entries.some(
      (e) =>
        e.participantId === null &&
        /\b(?:private|stays between us|nothing is shared)\b/i.test(e.text),
    );
  const privacy =
    firstAnswer && !promised
      ? say(SOURCE_LOCALE, 'intake.privacy', {
          partner: request.partner.name?.trim() || say(SOURCE_LOCALE, 'person.other'),
        })
      : null;
  const ack = acknowledge(request, name, seed);
  const previous = lastMediatorLine(request.transcript);
  const steps = missing
    ? rotate(INTAKE_QUESTIONS[missing], seed, 7).map((key) => say(SOURCE_LOCALE, key))
    : [nextStep(request)];
  const candidates = steps.map((step) => [ack, privacy, step].filter(Boolean).join(' '));
  const reply =
    candidates.find((c) => c !== previous) ??
    `${candidates[0] ?? ack} ${say(SOURCE_LOCALE, 'turn.take_your_time')}`;
  return {
    reply,
    stage: 'opening',
    safetyFlags: [],
    intake: { readyForJointSession: ready },
  };
}
