/** Taking turns, breaks, the agreement and the resolution. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { toAgreementView } from '../../domain/mediation/agreement-view.js';
import { answerDraft } from '../../domain/mediation/confirm-agreement.js';
import { draftAgreement } from '../../domain/mediation/draft-agreement.js';
import { holdMessage } from '../../domain/mediation/hold-message.js';
import { loadResolution } from '../../domain/mediation/load-resolution.js';
import { inViewerLanguage } from '../../domain/mediation/message-languages.js';
import { toMessageView } from '../../domain/mediation/message-view.js';
import { pauseOnRequest } from '../../domain/mediation/pause-for-safety.js';
import { markSeen } from '../../domain/mediation/presence.js';
import { produceMediatorReply } from '../../domain/mediation/produce-mediator-reply.js';
import { proposeAgreement } from '../../domain/mediation/propose-agreement.js';
import { requestBreak } from '../../domain/mediation/request-break.js';
import { resolutionPdf } from '../../domain/mediation/resolution-pdf.js';
import { resumeRoom } from '../../domain/mediation/resume-room.js';
import { takeTurn } from '../../domain/mediation/take-turn.js';
import { noticeChannelFor } from '../../notifications/reachability.js';
import type { Services } from '../../services.js';
import { actorOf } from '../plugins/authentication.js';
import {
  AgreementDraftParams,
  BreakBody,
  ConfirmAgreementResponse,
  DraftResponse,
  errorResponses,
  FinalizeBody,
  FinalizeResponse,
  HoldResponse,
  RequestChangesBody,
  ResolutionResponse,
  RespondBody,
  RespondResponse,
  RoomParams,
  Success,
} from '../schemas.js';

export async function mainRoomRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const services = opts.services;
  const { db } = services;

  app.post(
    '/api/rooms/:room_id/main-room/respond',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: RespondBody,
        response: { 200: RespondResponse, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // Writing in the room means having it in front of you.
      await markSeen(db, request.params.room_id, actor.userId).catch(() => undefined);
      const outcome = await takeTurn(
        services,
        actor,
        request.params.room_id,
        request.body.message,
      ).catch((err) => {
        if (err?.code === 'not_your_turn' || err?.code === 'room_on_break')
          services.metrics.turnConflicts.inc();
        throw err;
      });
      if (outcome.kind === 'safety_pause') {
        return {
          success: true,
          message: toMessageView(outcome.message),
          ai_response: outcome.safetyReply.body,
          ai_response_pending: false,
          safety_pause: true,
          current_turn_user_id: actor.userId,
          whatsapp_notification_sent: false,
        };
      }
      const noticeChannel = await noticeChannelFor(db, outcome.nextTurnUserId);
      // The reply is already queued; if the mediator is slow or down, the job answers later.
      const reply = await produceMediatorReply(
        services,
        request.params.room_id,
        outcome.message.id,
      ).catch(() => null);
      // The reply as the writer reads it: the mediator's line in their language, if it wrote one.
      const [message, answer] = await inViewerLanguage(services, actor.userId, [
        toMessageView(outcome.message),
        ...(reply ? [toMessageView(reply)] : []),
      ]);
      return {
        success: true,
        message: message!,
        ai_response: answer ? (answer.translation?.text ?? answer.text) : null,
        ai_response_pending: reply === null,
        safety_pause: false,
        current_turn_user_id: outcome.nextTurnUserId,
        // The other person's turn notice is on its way by WhatsApp (unless they see it first).
        whatsapp_notification_sent: noticeChannel.startsWith('whatsapp'),
      };
    },
  );

  app.post(
    '/api/rooms/:room_id/main-room/hold',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: RespondBody,
        response: {
          201: HoldResponse,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const outcome = await holdMessage(
        services,
        actorOf(request),
        request.params.room_id,
        request.body.message,
        'web',
      );
      if (outcome.kind === 'safety_pause') {
        return reply.status(201).send({
          held: outcome.held,
          safety_pause: true,
          ai_response: outcome.safetyReply?.body,
        });
      }
      return reply.status(201).send({ held: outcome.held });
    },
  );

  app.post(
    '/api/rooms/:room_id/break',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: BreakBody,
        response: { 200: Success, ...errorResponses },
      },
    },
    async (request) => {
      await requestBreak(services, actorOf(request), request.params.room_id, request.body.reason);
      return { success: true };
    },
  );

  app.post(
    '/api/rooms/:room_id/safety-pause',
    {
      preHandler: app.authenticate,
      schema: { params: RoomParams, response: { 200: Success, ...errorResponses } },
    },
    async (request) => {
      await pauseOnRequest(services, actorOf(request), request.params.room_id);
      return { success: true };
    },
  );

  app.post(
    '/api/rooms/:room_id/resume',
    {
      preHandler: app.authenticate,
      schema: { params: RoomParams, response: { 200: Success, ...errorResponses } },
    },
    async (request) => {
      await resumeRoom(services, actorOf(request), request.params.room_id);
      return { success: true };
    },
  );

  app.post(
    '/api/rooms/:room_id/agreement/draft',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        response: { 200: DraftResponse, ...errorResponses },
      },
    },
    async (request) => ({
      agreement: await draftAgreement(services, actorOf(request), request.params.room_id),
    }),
  );

  app.post(
    '/api/rooms/:room_id/agreement/:draft_id/confirm',
    {
      preHandler: app.authenticate,
      schema: {
        params: AgreementDraftParams,
        response: { 200: ConfirmAgreementResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { room_id, draft_id } = request.params;
      const outcome = await answerDraft(services, actorOf(request), room_id, draft_id, {
        decision: 'confirmed',
      });
      const { resolved, phase, awaiting } = outcome;
      return { success: true, resolved, phase, awaiting };
    },
  );

  app.post(
    '/api/rooms/:room_id/agreement/:draft_id/request-changes',
    {
      preHandler: app.authenticate,
      schema: {
        params: AgreementDraftParams,
        body: RequestChangesBody,
        response: { 200: ConfirmAgreementResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { room_id, draft_id } = request.params;
      const outcome = await answerDraft(services, actorOf(request), room_id, draft_id, {
        decision: 'changes_requested',
        note: request.body.note,
      });
      const { resolved, phase, awaiting } = outcome;
      return { success: true, resolved, phase, awaiting };
    },
  );

  app.post(
    '/api/rooms/:room_id/finalize',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: FinalizeBody,
        response: { 200: FinalizeResponse, ...errorResponses },
      },
    },
    async (request) => {
      const outcome = await proposeAgreement(
        services,
        actorOf(request),
        request.params.room_id,
        request.body.agreement_text,
      );
      const { draft, agreement } = outcome;
      return {
        success: true,
        phase: outcome.phase,
        agreement: {
          // Until everyone has confirmed, the agreement on the table is the draft itself.
          ...(agreement ?? {
            id: draft.id,
            text: draft.text,
            finalized_by: null,
            created_at: draft.created_at,
          }),
          draft_id: draft.id,
          status: agreement ? ('agreed' as const) : ('proposed' as const),
          confirmations: draft.confirmations,
        },
        awaiting: outcome.awaiting,
      };
    },
  );

  app.get(
    '/api/rooms/:room_id/resolution',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        response: {
          200: ResolutionResponse,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { agreement, resolvedAt, participants, acceptedDraft } = await loadResolution(
        db,
        actorOf(request),
        request.params.room_id,
      );
      return {
        agreement: {
          ...toAgreementView(agreement),
          commitments: acceptedDraft?.commitments ?? [],
          confirmations: acceptedDraft?.confirmations ?? [],
          proposed_by: acceptedDraft?.proposed_by ?? null,
        },
        resolved_at: resolvedAt.toISOString(),
        participants: participants.map((p) => ({ ...p, joined_at: p.joined_at.toISOString() })),
      };
    },
  );

  app.get(
    '/api/rooms/:room_id/resolution.pdf',
    {
      preHandler: app.authenticate,
      // No 200 schema: the body is the PDF's bytes.
      schema: { params: RoomParams },
    },
    async (request, reply) => {
      const { pdf, filename } = await resolutionPdf(
        db,
        actorOf(request),
        request.params.room_id,
        services.config.publicUrl,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
