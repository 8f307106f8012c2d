/** Creating, listing and reading mediation rooms. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { createRoom } from '../../domain/mediation/create-room.js';
import { inviteUrl } from '../../domain/mediation/invites.js';
import { listRooms } from '../../domain/mediation/list-rooms.js';
import { renewInviteLink, revokeInvite } from '../../domain/mediation/manage-invites.js';
import { inViewerLanguage } from '../../domain/mediation/message-languages.js';
import { markSeen } from '../../domain/mediation/presence.js';
import { loadParticipants, loadRoomFor } from '../../domain/mediation/room-access.js';
import { toRoomView } from '../../domain/mediation/room-view.js';
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import { actorOf } from '../plugins/authentication.js';
import {
  CancelInviteResponse,
  CreateRoomBody,
  errorResponses,
  InviteParams,
  NewInviteBody,
  NewInviteResponse,
  Room,
  RoomList,
  RoomParams,
} from '../schemas.js';

export async function roomRoutes(fastify: FastifyInstance, opts: { services: Services }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const services = opts.services;
  const { db, config, metrics } = services;

  app.post(
    '/api/rooms',
    {
      preHandler: app.authenticate,
      schema: { body: CreateRoomBody, response: { 201: Room, ...errorResponses } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.isGuest) throw errors.guestNotAllowed();
      const { room, inviteToken } = await createRoom(db, actor.userId, request.body);
      metrics.roomsCreated.inc();
      request.log.info({ roomId: room.id }, 'room created');
      const participants = await loadParticipants(db, room.id);
      const view = await toRoomView(
        db,
        room,
        participants,
        actor.userId,
        inviteToken ? inviteUrl(config.publicUrl, inviteToken) : null,
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/rooms',
    {
      preHandler: app.authenticate,
      schema: {
        response: { 200: RoomList, ...errorResponses },
      },
    },
    async (request) => ({ rooms: await listRooms(db, actorOf(request)) }),
  );

  app.get(
    '/api/rooms/:room_id',
    {
      preHandler: app.authenticate,
      schema: { params: RoomParams, response: { 200: Room, ...errorResponses } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { room, participants } = await loadRoomFor(db, actor, request.params.room_id);
      await markSeen(db, room.id, actor.userId);
      const view = await toRoomView(db, room, participants, actor.userId);
      return { ...view, messages: await inViewerLanguage(services, actor.userId, view.messages) };
    },
  );

  app.post(
    '/api/rooms/:room_id/invites',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        body: NewInviteBody,
        response: { 201: NewInviteResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await renewInviteLink(
        services,
        actorOf(request),
        request.params.room_id,
        request.body.recipient_name,
        request.body.recipient_locale,
      );
      return reply.status(201).send({ invite: result.invite, invite_url: result.inviteUrl });
    },
  );

  app.delete(
    '/api/rooms/:room_id/invites/:invite_id',
    {
      preHandler: app.authenticate,
      schema: {
        params: InviteParams,
        response: { 200: CancelInviteResponse, ...errorResponses },
      },
    },
    async (request) => ({
      invite: await revokeInvite(
        services,
        actorOf(request),
        request.params.room_id,
        request.params.invite_id,
      ),
    }),
  );
}
