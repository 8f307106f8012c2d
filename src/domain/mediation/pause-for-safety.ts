/**
 * A person pauses the session for safety themselves (the web room's "Pause for safety"): as for a
 * flagged message (see `domain/safety/handle-disclosure.ts`), the other person learns only that
 * the session is paused, and only the person who paused it can resume.
 */
import { errors } from '../../errors.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { handleDisclosure } from '../safety/handle-disclosure.js';
import { loadRoomFor } from './room-access.js';

/** Pauses the room at once for the person asking; they get the private reply with helplines. */
export async function pauseOnRequest(services: Services, actor: Actor, roomId: string) {
  await services.db.transaction().execute(async (trx) => {
    const { room } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'closed') throw errors.roomClosed();
    if (room.phase === 'waiting') throw errors.roomWaiting();
    if (room.phase === 'screening') throw errors.screeningPending();
    await handleDisclosure(trx, services, {
      roomId: room.id,
      userId: actor.userId,
      messageId: null,
      flags: [],
      source: 'person',
    });
  });
}
