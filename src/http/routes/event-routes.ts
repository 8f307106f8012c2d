/**
 * `GET /api/rooms/:room_id/events`: the room's changes as server-sent events. Each event carries
 * its id, so a client that reconnects with `Last-Event-ID` (or `?after=`) gets what it missed.
 */

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { isTokenActive } from '../../domain/accounts/tokens.js';
import { localeOfUser } from '../../domain/accounts/user-locale.js';
import { draftForReader } from '../../domain/mediation/agreement-drafts.js';
import { inViewerLanguage } from '../../domain/mediation/message-languages.js';
import { feedEventData, messageViewFromStored } from '../../domain/mediation/message-view.js';
import { markSeen } from '../../domain/mediation/presence.js';
import { loadRoomFor } from '../../domain/mediation/room-access.js';
import { readRoomEvent } from '../../domain/mediation/room-event.js';
import type { Services } from '../../services.js';
import type { RoomEventFeed } from '../../storage/room-event-feed.js';
import { actorOf } from '../plugins/authentication.js';
import { errorResponses, RoomParams } from '../schemas.js';

const HEARTBEAT_MS = 20_000;
const BATCH = 500;

export async function eventRoutes(
  fastify: FastifyInstance,
  opts: { services: Services; feed: RoomEventFeed },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = opts.services;

  app.get(
    '/api/rooms/:room_id/events',
    {
      preHandler: app.authenticate,
      schema: {
        params: RoomParams,
        querystring: Type.Object({
          after: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
        }),
        headers: Type.Object({
          'last-event-id': Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
        }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { room } = await loadRoomFor(db, actor, request.params.room_id);
      const resumeFrom = request.headers['last-event-id'] ?? request.query.after;
      let lastId =
        resumeFrom !== undefined
          ? Number(resumeFrom)
          : ((
              await db
                .selectFrom('room_events')
                .select((eb) => eb.fn.max('id').as('max'))
                .where('room_id', '=', room.id)
                .executeTakeFirst()
            )?.max ?? 0);

      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      stream.write('retry: 3000\n\n');
      // Logout and account deletion end it (live-streams.ts).
      fastify.liveStreams.add(stream, actor);

      let pumping = false;
      let again = false;
      const pump = async () => {
        if (pumping) {
          again = true;
          return;
        }
        pumping = true;
        try {
          do {
            again = false;
            const events = await db
              .selectFrom('room_events')
              .select(['id', 'type', 'data'])
              .where('room_id', '=', room.id)
              .where('id', '>', lastId)
              .where((eb) =>
                eb.or([
                  eb('visible_to_user_id', 'is', null),
                  eb('visible_to_user_id', '=', actor.userId),
                ]),
              )
              .orderBy('id')
              .limit(BATCH)
              .execute();
            for (const event of events.map(readRoomEvent)) {
              const data = JSON.stringify(
                event.type === 'message'
                  ? (
                      await inViewerLanguage(opts.services, actor.userId, [
                        messageViewFromStored(event.data),
                      ])
                    )[0]
                  : event.type === 'agreement_draft' || event.type === 'agreement_confirmation'
                    ? await draftForReader(db, event.data, await localeOfUser(db, actor.userId))
                    : feedEventData(event),
              );
              stream.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`);
              lastId = event.id;
            }
            if (events.length === BATCH) again = true;
            // Someone who received the events live has seen them; no need to notify them.
            if (events.length > 0) await markSeen(db, room.id, actor.userId);
          } while (again && !stream.writableEnded);
        } catch (err) {
          request.log.warn(
            { err: { message: (err as Error).message } },
            'room event stream read failed',
          );
        } finally {
          pumping = false;
        }
      };

      const unsubscribe = await opts.feed.subscribe(room.id, () => void pump());
      const heartbeat = setInterval(() => {
        void (async () => {
          // Signed out or deleted through another server process: end the stream here too.
          if (!(await isTokenActive(db, actor.tokenId))) return stream.end();
          stream.write(': keep-alive\n\n');
          await markSeen(db, room.id, actor.userId);
        })().catch(() => undefined);
      }, HEARTBEAT_MS);
      stream.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
      await pump();
    },
  );
}
