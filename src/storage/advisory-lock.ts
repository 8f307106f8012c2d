/**
 * Session-level PostgreSQL advisory locks, for work that must happen one at a time across every
 * process (sending to one recipient, processing webhook events). The lock lives with one
 * connection, so a process that dies releases it at once — unlike a job queue's own locks.
 */
import { sql } from 'kysely';
import type { Db } from './database.js';

/** Lock namespaces; each kind of exclusive work has its own. */
export const LOCKS = {
  whatsappRecipient: 8101,
  whatsappWebhookEvents: 8102,
  whatsappDailyLimit: 8103,
  /** Held by a job worker's process for as long as that worker lives (jobs/worker-liveness.ts). */
  jobWorkerAlive: 8104,
  /** Counting WhatsApp invites against their daily share (notifications/invite-daily-share.ts). */
  newAccountInvites: 8105,
  /** One template sync at a time, so an older listing never overwrites a newer one. */
  whatsappTemplateSync: 8106,
} as const;

/**
 * Runs `work` holding the lock for (`namespace`, `key`) on one connection, or returns
 * `{ acquired: false }` at once when someone else holds it.
 */
export async function withAdvisoryLock<T>(
  db: Db,
  namespace: number,
  key: string,
  work: (conn: Db) => Promise<T>,
): Promise<{ acquired: true; value: T } | { acquired: false }> {
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ locked: boolean }>`
      select pg_try_advisory_lock(${namespace}, hashtext(${key})) as locked`.execute(conn);
    if (!rows[0]?.locked) return { acquired: false as const };
    try {
      return { acquired: true as const, value: await work(conn) };
    } finally {
      await sql`select pg_advisory_unlock(${namespace}, hashtext(${key}))`.execute(conn);
    }
  });
}
