/**
 * The offline facilitator: Meedi8's mediator when no Claude key is configured. It follows
 * the same facilitative stages as the AI provider using only the conversation itself, with
 * no model, no network and no randomness, so the same conversation always gets the same reply.
 */

import type { Locale } from '../../i18n/locales.js';
import { localeOfParticipant, localesOfRoom } from '../languages.js';
import {
  type Mediator,
  type MediatorRequest,
  type MediatorResponse,
  MediatorUnavailableError,
} from '../mediator.js';
import { draftAgreement } from './agreement.js';
import { isEnglish } from './catalogue-text.js';
import { intakeReply } from './intake.js';
import { localizedDraft, localizedDraftReply } from './localized-agreement.js';
import { localizedIntake } from './localized-intake.js';
import { localizedReply, localizedStage } from './localized-reply.js';
import { openingReply } from './opening.js';
import { replyToTurn } from './reply.js';

/**
 * Answers one request synchronously; the async signature is the `Mediator` contract. A room
 * where everyone writes English takes the English paths; any other gets one line per language.
 */
function answer(request: MediatorRequest): MediatorResponse {
  if (request.kind === 'intake') {
    const person = request.participants.find((p) => p.id === request.personId);
    const locale = localeOfParticipant(person);
    return isEnglish(locale) ? answerInEnglish(request) : localizedIntake(request, locale);
  }
  const locales = localesOfRoom(request.participants);
  if (locales.length === 1 && isEnglish(locales[0]!)) return answerInEnglish(request);
  const [first, ...others] = locales as [Locale, ...Locale[]];
  const lineIn = (locale: Locale): string => {
    switch (request.kind) {
      case 'opening':
        return openingReply(request, locale);
      case 'reply':
        return localizedReply(request, locale);
      case 'draft_agreement':
        return localizedDraftReply(
          locale,
          request,
          localizedDraft(request, first).commitments.length > 0,
        );
    }
  };
  const response: MediatorResponse = {
    reply: lineIn(first),
    replyLocale: first,
    stage:
      request.kind === 'opening'
        ? 'opening'
        : request.kind === 'reply'
          ? localizedStage(request)
          : 'agreement',
    safetyFlags: [],
  };
  if (others.length > 0) {
    response.replyVersions = Object.fromEntries(others.map((l) => [l, lineIn(l)]));
  }
  if (request.kind === 'draft_agreement') {
    response.agreement = localizedDraft(request, first);
    if (others.length > 0) {
      response.agreement.versions = Object.fromEntries(
        others.map((l) => {
          const { text, summary } = localizedDraft(request, l);
          return [l, { text, summary }];
        }),
      );
    }
  }
  return response;
}

/** The English facilitator, as it was written (the evaluation measures this path). */
function answerInEnglish(request: MediatorRequest): MediatorResponse {
  switch (request.kind) {
    case 'opening':
      return { reply: openingReply(request), stage: 'opening', safetyFlags: [] };
    case 'reply':
      return replyToTurn(request);
    case 'draft_agreement':
      return draftAgreement(request);
    case 'intake':
      return intakeReply(request);
  }
}

/** Creates the offline mediator provider (`name = 'offline'`). */
export function createOfflineMediator(): Mediator {
  return {
    name: 'offline',
    async respond(request: MediatorRequest, signal?: AbortSignal): Promise<MediatorResponse> {
      signal?.throwIfAborted();
      try {
        return answer(request);
      } catch (error) {
        // Same input gives the same failure, so retrying would not help.
        throw new MediatorUnavailableError('The offline mediator could not answer', false, {
          cause: error,
        });
      }
    },
  };
}
