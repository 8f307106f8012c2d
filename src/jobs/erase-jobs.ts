/**
 * Erasure in the job queue: jobs whose payload, key, error or queue name mentions a person (their
 * number, their account id) are removed, waiting or failed alike, and so are their queues. A job a
 * worker is running when this commits finds its row gone and its completion changes nothing.
 */
import { sql } from 'kysely';
import type { Db } from '../storage/database.js';

/** Removes every job and queue mentioning any of `fragments` (inside the caller's transaction). */
export async function eraseJobsMentioning(
  trx: Db,
  fragments: string[],
  queueNames: string[] = [],
): Promise<number> {
  const patterns = fragments.filter((f) => f.length > 0).map((f) => `%${escapeLike(f)}%`);
  if (patterns.length === 0 && queueNames.length === 0) return 0;
  // graphile-worker keeps jobs and queues in its own tables; the public `jobs` view cannot be
  // deleted from.
  const { rows: queues } = await sql<{ id: number }>`
    select id from graphile_worker._private_job_queues
    where queue_name = any(${queueNames}::text[]) or queue_name like any(${patterns}::text[])
  `.execute(trx);
  const queueIds = queues.map((q) => q.id);
  const { rows } = await sql<{ id: string }>`
    delete from graphile_worker._private_jobs
    where payload::text like any(${patterns}::text[])
       or key like any(${patterns}::text[])
       or last_error like any(${patterns}::text[])
       or job_queue_id = any(${queueIds}::int[])
    returning id::text
  `.execute(trx);
  if (queueIds.length > 0) {
    await sql`
      delete from graphile_worker._private_job_queues q
      where q.id = any(${queueIds}::int[])
        and not exists (select 1 from graphile_worker._private_jobs j where j.job_queue_id = q.id)
    `.execute(trx);
  }
  return rows.length;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
