import { errors } from '../../errors.js';
import type { Locale } from '../../i18n/locales.js';
import { translate } from '../../i18n/translate.js';
import { notifyOthers } from '../../notifications/notify.js';
import type { Services } from '../../services.js';
import type { Actor } from '../accounts/tokens.js';
import { announcePause } from './announce-pause.js';
import { scheduleRelease } from './hold-message.js';
import { afterResumeBy, holdsPause, NO_PAUSE } from './pause-owner.js';
import { loadRoomFor } from './room-access.js';
import { postSystemNotice } from './system-notice.js';

/**
 * Ends a pause: the phase goes back to `active` and the turn stays with whoever had it.
 * Only the person who paused (for a break or for safety) can end it. When a safety pause was
 * raised during the other person's break, each ends only their own part (see pause-owner.ts).
 */
export async function resumeRoom(services: Services, actor: Actor, roomId: string): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase !== 'on_break') throw errors.roomNotOnBreak();
    // Only the person who paused ends the pause, with the same answer to the other person
    // whether it was a break or a safety pause.
    const anyoneHolds = room.safety_paused_by !== null || room.break_started_by !== null;
    if (anyoneHolds && !holdsPause(room, actor.userId)) throw errors.pausedByOther();
    const now = new Date();
    const left = afterResumeBy(room, actor.userId);
    if (left === 'still_on_others_break') {
      // The other person's break goes on as it was; they never learn a safety pause overlapped it.
      await trx
        .updateTable('rooms')
        .set({ safety_paused_by: null, updated_at: now })
        .where('id', '=', room.id)
        .execute();
      return;
    }
    if (left === 'still_safety_paused') {
      // Their break is over, but the session stays paused for the other person: to them it reads
      // as any pause that is not theirs to end.
      const holder = room.safety_paused_by!;
      await trx
        .updateTable('rooms')
        .set({
          break_reason: null,
          break_started_at: now,
          break_started_by: holder,
          updated_at: now,
        })
        .where('id', '=', room.id)
        .execute();
      await announcePause(trx, {
        roomId: room.id,
        pausedBy: holder,
        at: now,
        coalesceMs: services.config.noticeCoalesceMs,
      });
      return;
    }
    const name = participants.find((p) => p.user_id === actor.userId)?.name ?? 'A participant';
    await trx
      .updateTable('rooms')
      .set({
        phase: 'active',
        ...NO_PAUSE,
        updated_at: now,
        last_activity_at: now,
      })
      .where('id', '=', room.id)
      .execute();
    await notifyOthers(
      trx,
      {
        roomId: room.id,
        participantIds: participants.map((p) => p.user_id),
        actorId: actor.userId,
        actorName: name,
        kind: 'break_resumed',
      },
      services.config.noticeCoalesceMs,
    );
    await postSystemNotice(trx, {
      roomId: room.id,
      authorUserId: actor.userId,
      body: resumedNotice('en-GB', name, participants, room.current_turn_user_id),
      inLanguage: (locale) => resumedNotice(locale, name, participants, room.current_turn_user_id),
      alsoRecord: [{ roomId: room.id, type: 'phase', data: { phase: 'active' } }],
    });
    await scheduleRelease(trx, room.id);
  });
}

/** "Sarah resumed the session. It is John's turn.", so nobody has to guess who speaks next. */
function resumedNotice(
  locale: Locale,
  name: string,
  participants: { user_id: string; name: string }[],
  turnUserId: string | null,
): string {
  const next = participants.find((p) => p.user_id === turnUserId);
  return next
    ? translate('notices', locale, 'room.resumed_turn', { name, turn: next.name })
    : translate('notices', locale, 'room.resumed', { name });
}
