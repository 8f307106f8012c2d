/**
 * A person's answers to the private screening questions (web or chat): stored with their
 * outcome, and acted on. `stop` ends the mediation (helplines for them in private; the other
 * person is told only that it cannot go ahead now); `proceed` and `adapt` let the joint session
 * start once both are screened, or let a person re-screened after a flag resume when ready.
 */
import type { Static } from '@sinclair/typebox';
import { errors } from '../../errors.js';
import type { ScreeningResult } from '../../http/schemas/screening.js';
import { translate } from '../../i18n/translate.js';
import { notify } from '../../notifications/notify.js';
import type { Services } from '../../services.js';
import type { ScreeningAnswer } from '../../storage/schema.js';
import type { Actor } from '../accounts/tokens.js';
import { localeOfUser } from '../accounts/user-locale.js';
import { NO_PAUSE } from '../mediation/pause-owner.js';
import { loadRoomFor } from '../mediation/room-access.js';
import { startJointSessionIfScreened } from '../mediation/start-joint-session.js';
import { postSystemNotice } from '../mediation/system-notice.js';
import { keepPrivately, privateSafetyReply } from './handle-disclosure.js';
import { latestScreening } from './reopen-screening.js';
import { screeningFlags, screeningOutcome } from './screening-outcome.js';
import { SCREENING_QUESTIONS } from './screening-questions.js';

/** What the other person is told when a mediation cannot go ahead: never why. */
export const CANNOT_GO_AHEAD_NOTICE = translate('screening', 'en-GB', 'cannot_go_ahead');

/** The API's `ScreeningResult` (src/http/schemas/screening.ts). */
export type ScreeningResultView = Static<typeof ScreeningResult>;

/** Records the caller's answers in the room; see the file's comment for what follows. */
export async function answerScreening(
  services: Services,
  actor: Actor,
  roomId: string,
  answers: Record<string, ScreeningAnswer>,
  options: { phoneNumber?: string | null } = {},
): Promise<ScreeningResultView> {
  const known = Object.fromEntries(
    SCREENING_QUESTIONS.map((q) => [q.id, answers[q.id] ?? 'skip'] as const),
  );
  const outcome = screeningOutcome(known);
  const flags = screeningFlags(known);
  const result = await services.db.transaction().execute(async (trx) => {
    const { room, participants } = await loadRoomFor(trx, actor, roomId, { forUpdate: true });
    if (room.phase === 'resolved') throw errors.roomResolved();
    if (room.phase === 'closed') throw errors.roomClosed();
    const latest = await latestScreening(trx, room.id, actor.userId);
    if (latest?.status === 'done') throw errors.screeningNotOpen();
    const now = new Date();
    const values = {
      status: 'done' as const,
      outcome,
      answers: JSON.stringify(known),
      completed_at: now,
    };
    if (latest) {
      await trx.updateTable('safety_screenings').set(values).where('id', '=', latest.id).execute();
    } else {
      await trx
        .insertInto('safety_screenings')
        .values({ room_id: room.id, user_id: actor.userId, reason: 'before_joint', ...values })
        .execute();
    }
    if (flags.length > 0) {
      await trx
        .insertInto('safety_flags')
        .values(
          flags.map((f) => ({
            room_id: room.id,
            message_id: null,
            user_id: actor.userId,
            category: f.category,
            reason: f.reason,
            source: 'screening' as const,
          })),
        )
        .execute();
    }

    if (outcome === 'stop') {
      // Promise to tell "the other person" only when there is one: joined or invited.
      const invited = await trx
        .selectFrom('invites')
        .select('id')
        .where('room_id', '=', room.id)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where((eb) =>
          eb.or([eb('recipient_phone', 'is not', null), eb('recipient_email', 'is not', null)]),
        )
        .executeTakeFirst();
      const someoneElse = participants.length > 1 || invited !== undefined;
      const text = await privateSafetyReply(trx, services, {
        userId: actor.userId,
        flags,
        situation: someoneElse ? 'ended' : 'ended_alone',
        phoneNumber: options.phoneNumber,
      });
      await keepPrivately(trx, room.id, actor.userId, 'safety', text);
      await trx
        .updateTable('rooms')
        .set({
          phase: 'closed',
          current_turn_user_id: null,
          ...NO_PAUSE,
          updated_at: now,
          last_activity_at: now,
        })
        .where('id', '=', room.id)
        .execute();
      await notify(
        trx,
        participants
          .filter((p) => p.user_id !== actor.userId)
          .map((p) => ({
            userId: p.user_id,
            roomId: room.id,
            kind: 'closed' as const,
            actorName: '',
          })),
        services.config.noticeCoalesceMs,
      );
      await postSystemNotice(trx, {
        roomId: room.id,
        body: CANNOT_GO_AHEAD_NOTICE,
        inLanguage: (locale) => translate('screening', locale, 'cannot_go_ahead'),
        alsoRecord: [{ roomId: room.id, type: 'phase', data: { phase: 'closed' } }],
      });
      return { outcome, message: text, phase: 'closed' };
    }
    const text = translate(
      'screening',
      await localeOfUser(trx, actor.userId),
      outcome === 'adapt' ? 'outcome.adapt' : 'outcome.proceed',
    );
    await keepPrivately(trx, room.id, actor.userId, 'screening', text);
    const started =
      room.phase === 'waiting' || room.phase === 'screening'
        ? await startJointSessionIfScreened(trx, room)
        : false;
    return { outcome, message: text, phase: started ? 'active' : room.phase };
  });
  return result;
}
