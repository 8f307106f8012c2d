/**
 * The live event streams this process holds open, by who opened them, so signing out or deleting
 * the account ends them at once. Streams on other processes notice at their next heartbeat,
 * when each checks that its token still stands (event-routes.ts).
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../domain/accounts/tokens.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The open event streams of this process. */
    liveStreams: LiveStreams;
  }
}

/** Open streams and the actor each serves. */
export class LiveStreams {
  private readonly open = new Map<ServerResponse, Actor>();

  /** Tracks `stream` until it closes. */
  add(stream: ServerResponse, actor: Actor): void {
    this.open.set(stream, actor);
    stream.on('close', () => this.open.delete(stream));
  }

  /** Ends the streams opened with the token `tokenId` (logout). */
  endForToken(tokenId: string): void {
    this.endWhere((actor) => actor.tokenId === tokenId);
  }

  /** Ends every stream of the person `userId` (account deletion). */
  endForUser(userId: string): void {
    this.endWhere((actor) => actor.userId === userId);
  }

  /** Ends them all (shutdown: streams never end on their own). */
  endAll(): void {
    this.endWhere(() => true);
  }

  private endWhere(match: (actor: Actor) => boolean): void {
    for (const [stream, actor] of this.open) if (match(actor)) stream.end();
  }
}

/** Decorates the app with its `liveStreams`, ended when the app closes. */
export const liveStreamsPlugin = fp(async (app: FastifyInstance) => {
  const streams = new LiveStreams();
  app.decorate('liveStreams', streams);
  app.addHook('preClose', async () => streams.endAll());
});
