/**
 * Records notices for people, in the transaction of the change they are about, and schedules
 * their delivery for when each person wants it. A notice that cannot be sent never holds up or
 * undoes the room's change: sending happens later, in a job.
 */
import { Type } from '@sinclair/typebox';
import { enqueueJob } from '../jobs/enqueue.js';
import { defineJob } from '../jobs/job-definition.js';
import type { Db } from '../storage/database.js';
import { deliverNotices } from './deliver-notices.js';
import { dueTime } from './due-time.js';
import type { NoticeInput } from './notice.js';

/** Delivers a person's due notices as one message. */
export const deliverNoticesJob = defineJob({
  name: 'notices.deliver',
  payload: Type.Object({ user_id: Type.String() }),
  maxAttempts: 10,
  async handle(payload, services) {
    await deliverNotices(services, payload.user_id);
  },
});

/** Records each notice with its due time (none for people who turned notices off). */
export async function notify(trx: Db, notices: NoticeInput[], coalesceMs: number): Promise<void> {
  const now = new Date();
  for (const notice of notices) {
    const user = await trx
      .selectFrom('users')
      .select(['notification_frequency', 'quiet_hours', 'time_zone'])
      .where('id', '=', notice.userId)
      .executeTakeFirst();
    if (!user) continue;
    const due = dueTime(
      {
        frequency: user.notification_frequency,
        quietHours: user.quiet_hours,
        timeZone: user.time_zone,
        coalesceMs,
      },
      now,
    );
    if (!due) continue;
    await trx
      .insertInto('notices')
      .values({
        user_id: notice.userId,
        room_id: notice.roomId,
        kind: notice.kind,
        data: JSON.stringify({ actor_name: notice.actorName }),
        due_at: due,
      })
      .execute();
    await enqueueJob(trx, deliverNoticesJob, { user_id: notice.userId }, { runAt: due });
  }
}

/** Notifies every participant of the room except the one who acted. */
export async function notifyOthers(
  trx: Db,
  input: {
    roomId: string;
    participantIds: string[];
    actorId: string;
    actorName: string;
    kind: NoticeInput['kind'];
  },
  coalesceMs: number,
): Promise<void> {
  const others = input.participantIds.filter((id) => id !== input.actorId);
  await notify(
    trx,
    others.map((userId) => ({
      userId,
      roomId: input.roomId,
      kind: input.kind,
      actorName: input.actorName,
    })),
    coalesceMs,
  );
}
