/** Shared steps of the email tests: queueing in a transaction, reading rows and their jobs. */
import { sql } from 'kysely';
import { type QueueEmailInput, queueEmail } from '../../src/channels/email/queue-email.js';
import type { Db } from '../../src/storage/database.js';
import { eventually } from '../helpers/test-app.js';

/** Queues one email in its own transaction, as a domain action would. */
export function queueInTransaction(db: Db, input: Partial<QueueEmailInput> = {}): Promise<string> {
  return db.transaction().execute((trx) =>
    queueEmail(trx, {
      to: 'john@example.com',
      subject: 'Sarah invited you to talk things through on Meedi8',
      text: 'Hello John,\n\nJoin here: https://meedi8.test/join/abc\n',
      reason: 'test',
      ...input,
    }),
  );
}

/** The stored email. */
export function emailRow(db: Db, id: string) {
  return db.selectFrom('emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Waits until the email is no longer queued. */
export function settled(db: Db, id: string, timeoutMs = 15_000) {
  return eventually(async () => {
    const row = await emailRow(db, id);
    return row.status === 'queued' ? undefined : row;
  }, timeoutMs);
}

/**
 * The `email.send` jobs still in the queue for an email (a finished job is deleted). The public
 * `graphile_worker.jobs` view leaves out the payload, so this reads the worker's own table.
 */
export async function sendJobs(db: Db, emailId: string) {
  const result = await sql<{ attempts: number; last_error: string | null }>`
    select j.attempts, j.last_error from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'email.send' and j.payload->>'email_id' = ${emailId}`.execute(db);
  return result.rows;
}
