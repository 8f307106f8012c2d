/**
 * The facilitator's joint-session lines in a language other than English, or in a room where
 * the two people write different languages: the fixed texts from the catalogue, the person's
 * words reflected where the language allows it (localized-reflection.ts), one question to the
 * next speaker. The stage follows the turns taken, since the English reading of offers and
 * answers does not apply.
 */
import type { Locale } from '../../i18n/locales.js';
import { localeOfParticipant } from '../languages.js';
import type {
  MediationStage,
  MediatorParticipant,
  ReplyRequest,
  TranscriptEntry,
} from '../mediator.js';
import { addressIn, say } from './catalogue-text.js';
import { rotate, stableHash } from './deterministic-choice.js';
import { reflectIn } from './localized-reflection.js';
import { nameOf, otherOf } from './participants.js';
import { questionsFor } from './questions.js';
import { STAGE_STEP } from './reply.js';
import { lastMediatorLine, participantText } from './transcript.js';

/** The stage by how many turns the quieter person has taken. */
export function stageByTurns(
  entries: TranscriptEntry[],
  participants: MediatorParticipant[],
): MediationStage {
  if (participants.length < 2) return 'perspectives';
  const least = Math.min(
    ...participants.map((p) => entries.filter((e) => e.participantId === p.id).length),
  );
  if (least === 0) return 'perspectives';
  if (least === 1) return 'understanding';
  if (least === 2) return 'common_ground';
  if (least <= 4) return 'options';
  return 'agreement';
}

/** The transcript ending with the latest statement. */
export function entriesWithLatest(request: ReplyRequest): TranscriptEntry[] {
  const last = request.transcript.at(-1);
  const { participantId, text } = request.latest;
  if (last && last.participantId === participantId && last.text === text) return request.transcript;
  return [...request.transcript, { participantId, text, at: last?.at ?? new Date(0) }];
}

/** The reply to a turn, written in `locale`. */
export function localizedReply(request: ReplyRequest, locale: Locale): string {
  const { participants, latest } = request;
  const entries = entriesWithLatest(request);
  const stage = stageByTurns(entries, participants);
  const before = stageByTurns(entries.slice(0, -1), participants);
  const seed = stableHash(`${request.room.id}|${entries.length}|${participantText(entries)}`);
  const name = nameOf(participants, latest.participantId);
  const listener = otherOf(participants, latest.participantId);
  const writer = participants.find((p) => p.id === latest.participantId);
  const reflection =
    latest.relay === 'summary'
      ? // Words relayed only as a summary are never said back: a thank-you carries the turn.
        name
        ? say(locale, 'intake.thanks_named', { name })
        : say(locale, 'intake.thanks')
      : reflectIn(locale, {
          text: latest.text,
          writerLocale: localeOfParticipant(writer),
          name,
          otherName: listener ? nameOf(participants, listener.id) : null,
          seed,
          transcript: request.transcript,
        });
  const stepKey = stage !== before ? STAGE_STEP[stage] : undefined;
  const step = stepKey ? say(locale, stepKey) : null;
  const sameSpeaker = request.nextSpeakerId === latest.participantId;
  const otherId = sameSpeaker
    ? (otherOf(participants, request.nextSpeakerId)?.id ?? null)
    : latest.participantId;
  const questions = questionsFor(
    stage,
    {
      other: nameOf(participants, otherId) ?? say(locale, 'person.other'),
      topic: null,
      otherHasProposed: false,
      sameSpeaker,
    },
    locale,
  );
  const previous = lastMediatorLine(request.transcript) ?? '';
  const nextName = nameOf(participants, request.nextSpeakerId);
  const candidates = rotate(questions, seed, 5).map((q) => ({
    question: q,
    text: [reflection, step, addressIn(locale, nextName, q)].filter(Boolean).join(' '),
  }));
  const fresh =
    candidates.find((c) => c.text !== previous && !previous.includes(c.question)) ??
    candidates.find((c) => c.text !== previous);
  return fresh?.text ?? `${reflection} ${say(locale, 'turn.take_whatever_time')}`;
}

/** The stage a localized reply leaves the mediation in. */
export function localizedStage(request: ReplyRequest): MediationStage {
  return stageByTurns(entriesWithLatest(request), request.participants);
}
