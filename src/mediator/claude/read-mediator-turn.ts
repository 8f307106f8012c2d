/**
 * Reads Claude's answer back into a `MediatorResponse`. Anything short of a complete, valid
 * `mediator_turn` call is treated as the provider failing, because a half-formed reply must
 * never reach the two people in the room.
 */
import type { Message } from '@anthropic-ai/sdk/resources/messages.js';
import {
  type AgreementDraft,
  type MediatorParticipant,
  type MediatorRequest,
  type MediatorResponse,
  MediatorUnavailableError,
} from '../mediator.js';
import { localesOfRequest } from './language-instructions.js';
import {
  describeSchemaErrors,
  isMediatorTurnInput,
  MEDIATOR_TURN_TOOL_NAME,
  type MediatorTurnInput,
} from './mediator-turn-tool.js';
import { cleanName } from './participant-labels.js';

/** Turns Claude's message into the mediator's response; throws `MediatorUnavailableError` if unusable. */
export function readMediatorTurn(message: Message, request: MediatorRequest): MediatorResponse {
  // The SDK does not check response shapes; a proxy or a changed API could send anything.
  if (typeof message !== 'object' || message === null || !Array.isArray(message.content)) {
    throw invalid('Claude API returned something that is not a message');
  }
  if (message.stop_reason === 'refusal') {
    // Asking again gets the same refusal; the caller should fall back rather than retry.
    throw new MediatorUnavailableError('Claude declined to answer this mediation turn', false);
  }
  if (
    message.stop_reason === 'max_tokens' ||
    message.stop_reason === 'model_context_window_exceeded'
  ) {
    throw invalid(`Claude's answer was cut off (${message.stop_reason})`);
  }

  const call = message.content.find(
    (block) => block.type === 'tool_use' && block.name === MEDIATOR_TURN_TOOL_NAME,
  );
  if (call?.type !== 'tool_use') {
    const kinds = message.content.map((block) => block.type).join(', ') || 'nothing';
    throw invalid(`Claude answered with ${kinds} instead of ${MEDIATOR_TURN_TOOL_NAME}`);
  }
  if (!isMediatorTurnInput(call.input)) {
    throw invalid(
      `Claude's ${MEDIATOR_TURN_TOOL_NAME} input is invalid: ${describeSchemaErrors(call.input)}`,
    );
  }
  return toResponse(call.input, request);
}

function toResponse(input: MediatorTurnInput, request: MediatorRequest): MediatorResponse {
  const reply = toPlainText(input.reply);
  if (reply.length === 0) throw invalid('Claude returned an empty reply');

  const [first, ...others] = localesOfRequest(request);
  const response: MediatorResponse = {
    reply,
    replyLocale: first,
    stage: input.stage,
    safetyFlags: input.safety_flags.map((flag) => ({
      category: flag.category,
      reason: flag.reason.trim(),
    })),
  };
  // Versions for languages nobody in the room reads are dropped; a missing one is translated later.
  const versions = Object.fromEntries(
    (input.reply_versions ?? []).flatMap((version) => {
      const locale = others.find((l) => l.toLowerCase() === version.locale.trim().toLowerCase());
      const text = toPlainText(version.reply);
      return locale && text ? [[locale, text]] : [];
    }),
  );
  if (Object.keys(versions).length > 0) response.replyVersions = versions;
  if (request.kind === 'intake') {
    // A turn that does not say the intake is complete is treated as not complete yet.
    response.intake = { readyForJointSession: input.ready_for_joint_session === true };
  }
  // An agreement only belongs to a drafting request; one offered mid-conversation is dropped.
  if (request.kind === 'draft_agreement') {
    if (!input.agreement) throw invalid('Claude did not include the requested agreement');
    response.agreement = toAgreement(input.agreement, request.participants);
  }
  return response;
}

function toAgreement(
  agreement: NonNullable<MediatorTurnInput['agreement']>,
  participants: readonly MediatorParticipant[],
): AgreementDraft {
  return {
    summary: agreement.summary.trim(),
    text: toPlainText(agreement.text),
    commitments: agreement.commitments.map((commitment, index) => ({
      participantId: resolveParticipantId(commitment.participant_id, participants, index),
      text: commitment.text.trim(),
    })),
  };
}

/**
 * The committing participant's real id. Claude sometimes writes the person's name where the
 * id belongs, which is unambiguous when exactly one participant has that name; anything else
 * would attach a promise to the wrong person, so it fails the turn.
 */
function resolveParticipantId(
  value: string | null,
  participants: readonly MediatorParticipant[],
  index: number,
): string | null {
  if (value === null) return null;
  const byId = participants.find((participant) => participant.id === value);
  if (byId) return byId.id;
  const wanted = cleanName(value).toLowerCase();
  const byName = participants.filter(
    (participant) => cleanName(participant.name).toLowerCase() === wanted,
  );
  if (byName.length === 1) return byName[0]!.id;
  throw invalid(`Commitment ${index + 1} names someone who is not a participant`);
}

/** Replies go to a chat app where markdown headings show up as literal `#` characters. */
function toPlainText(text: string): string {
  return text.replace(/^[ \t]*#{1,6}[ \t]+/gm, '').trim();
}

function invalid(message: string): MediatorUnavailableError {
  // A fresh attempt usually produces a well-formed turn, so these are worth retrying.
  return new MediatorUnavailableError(message, true);
}
