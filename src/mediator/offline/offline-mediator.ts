/**
 * The offline facilitator: Meedi8's mediator when no Claude key is configured. It follows
 * the same facilitative stages as the AI provider using only the conversation itself, with
 * no model, no network and no randomness, so the same conversation always gets the same reply.
 */

import {
  type Mediator,
  type MediatorRequest,
  type MediatorResponse,
  MediatorUnavailableError,
} from '../mediator.js';
import { draftAgreement } from './agreement.js';
import { intakeReply } from './intake.js';
import { openingReply } from './opening.js';
import { replyToTurn } from './reply.js';

/** Answers one request synchronously; the async signature is the `Mediator` contract. */
function answer(request: MediatorRequest): MediatorResponse {
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
