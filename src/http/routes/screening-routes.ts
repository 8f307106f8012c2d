/** Each person's private screening before the joint session (and again after a flag). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localeOfUser } from '../../domain/accounts/user-locale.js';
import { loadRoomFor } from '../../domain/mediation/room-access.js';
import { answerScreening } from '../../domain/safety/answer-screening.js';
import {
  SCREENING_QUESTIONS,
  screeningIntro,
  screeningQuestionText,
} from '../../domain/safety/screening-questions.js';
import { screeningOf } from '../../domain/safety/screening-state.js';
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import { actorOf } from '../plugins/authentication.js';
import {
  errorResponses,
  RoomParams,
  ScreeningBody,
  ScreeningQuestions,
  ScreeningResult,
} from '../schemas.js';

export async function screeningRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const services = opts.services;

  app.get(
    '/api/rooms/:room_id/screening',
    {
      preHandler: app.authenticate,
      schema: { params: RoomParams, response: { 200: ScreeningQuestions, ...errorResponses } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { room } = await loadRoomFor(services.db, actor, request.params.room_id);
      const locale = await localeOfUser(services.db, actor.userId);
      return {
        ...(await screeningOf(services.db, room.id, actor.userId)),
        intro: screeningIntro(locale),
        questions: SCREENING_QUESTIONS.map((q) => ({
          id: q.id,
          text: screeningQuestionText(locale, q),
        })),
      };
    },
  );

  app.post(
    '/api/rooms/:room_id/screening',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: ScreeningBody,
        response: { 200: ScreeningResult, ...errorResponses },
      },
    },
    async (request) => {
      const unknown = Object.keys(request.body.answers).filter(
        (id) => !SCREENING_QUESTIONS.some((q) => q.id === id),
      );
      if (unknown.length > 0) {
        throw errors.invalidInput(
          `Unknown question: ${unknown[0]!.slice(0, 40)}. Answer the questions from GET /api/rooms/:room_id/screening.`,
        );
      }
      return answerScreening(
        services,
        actorOf(request),
        request.params.room_id,
        request.body.answers,
      );
    },
  );
}
