/**
 * Waits, for a bounded time, for the pipeline's first attempt at a message, so a person who just
 * pressed "invite" learns at once whether WhatsApp took it.
 */

import type { Selectable } from 'kysely';
import type { Db } from '../storage/database.js';
import type { WhatsAppMessagesTable } from '../storage/schema.js';

type MessageRow = Selectable<WhatsAppMessagesTable>;

export type FirstAttempt =
  | { state: 'accepted'; wamid: string; row: MessageRow }
  | { state: 'failed'; row: MessageRow }
  | { state: 'queued'; row: MessageRow };

/** Polls the stored message until it is accepted or failed, or `timeoutMs` passes. */
export async function awaitFirstAttempt(
  db: Db,
  messageId: string,
  timeoutMs: number,
): Promise<FirstAttempt> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db
      .selectFrom('whatsapp_messages')
      .selectAll()
      .where('id', '=', messageId)
      .executeTakeFirstOrThrow();
    if (row.wamid) return { state: 'accepted', wamid: row.wamid, row };
    if (row.status === 'failed') return { state: 'failed', row };
    // A transient error on the first attempt: the pipeline retries; the caller need not wait.
    if (row.error_code !== null || Date.now() > deadline) return { state: 'queued', row };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
