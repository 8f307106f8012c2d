/**
 * A message left `sending` whose recipient nobody is delivering to was cut off between its Graph
 * call and the answer: Meta may have taken it (the person has it) or not. Sending it again could
 * say the same thing twice, so it becomes `unconfirmed` — counted in the operators' statistics
 * (by status) and logged — and the recipient's later messages go on.
 */
import type { Services } from '../../../services.js';
import { LOCKS, withAdvisoryLock } from '../../../storage/advisory-lock.js';

/** A send younger than this may still be on its way (the Graph call's own timeout is shorter). */
const STALE_AFTER_MS = 60_000;

/** Marks dead processes' sends `unconfirmed`; returns how many. */
export async function reportUnconfirmedSends(
  services: Services,
  staleAfterMs = STALE_AFTER_MS,
): Promise<number> {
  const { db, logger } = services;
  const stale = await db
    .selectFrom('whatsapp_messages')
    .select(['id', 'wa_id', 'kind'])
    .where('status', '=', 'sending')
    .where('sending_at', '<', new Date(Date.now() - staleAfterMs))
    .limit(500)
    .execute();
  let reported = 0;
  for (const message of stale) {
    // The recipient's delivery lock is free only when no live process is sending to them.
    const result = await withAdvisoryLock(db, LOCKS.whatsappRecipient, message.wa_id, (conn) =>
      conn
        .updateTable('whatsapp_messages')
        .set({
          status: 'unconfirmed',
          next_attempt_at: null,
          error_title: 'The process stopped during the send; Meta may or may not have it',
        })
        .where('id', '=', message.id)
        .where('status', '=', 'sending')
        .executeTakeFirst(),
    );
    if (!result.acquired || Number(result.value.numUpdatedRows) === 0) continue;
    reported++;
    services.metrics.whatsappSends.inc({ kind: message.kind, outcome: 'unconfirmed' });
    logger.error(
      { messageId: message.id },
      'WhatsApp send unconfirmed: its process stopped between the Graph call and the answer; not resent',
    );
  }
  return reported;
}
