/** The latest emails as the outbox viewer shows them. */
import type { Db } from '../../storage/database.js';

/** One email in the outbox, in the shape of GET /sandbox/outbox.json. */
export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  status: 'queued' | 'sent' | 'failed';
  created_at: string;
  sent_at: string | null;
}

/** How many emails the viewer lists; enough for trying Meedi8, small enough for a phone. */
export const OUTBOX_LIMIT = 50;

/** The latest emails, newest first. */
export async function readOutbox(db: Db, limit = OUTBOX_LIMIT): Promise<OutboxEmail[]> {
  const rows = await db
    .selectFrom('emails')
    .select([
      'id',
      'to_address',
      'subject',
      'text_body',
      'html_body',
      'status',
      'created_at',
      'sent_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    status: row.status,
    created_at: row.created_at.toISOString(),
    sent_at: row.sent_at ? row.sent_at.toISOString() : null,
  }));
}
