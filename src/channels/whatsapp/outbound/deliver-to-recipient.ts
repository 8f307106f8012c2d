/**
 * Sends a recipient's queued messages, oldest first, one process at a time per recipient (an
 * advisory lock, released if the process dies). Limits are respected by waiting or by
 * rescheduling; each failure is recorded and its class decides: retry with backoff and jitter,
 * wait for an operator, or stop for good. A retry blocks the later messages, so order holds.
 * A message is `sending` during its Graph call (see sweep-job.ts for one whose process died).
 */

import { PASSWORD_RESET_REASON } from '../../../domain/accounts/password-resets.js';
import { PHONE_CODE_REASON } from '../../../domain/accounts/phone-codes.js';
import type { Services } from '../../../services.js';
import { LOCKS, withAdvisoryLock } from '../../../storage/advisory-lock.js';
import type { Db } from '../../../storage/database.js';
import { InvalidOutboundMessageError } from '../graph/invalid-outbound-message-error.js';
import { phoneOfKey } from '../inbound/contact-identity.js';
import type { OutboundWhatsApp, SendFailureClass } from '../outbound-message.js';
import { isServiceWindowOpen } from '../service-window.js';
import { statusCallbackData } from '../webhook/status-callback.js';
import { ArrivalMargin } from './arrival-margin.js';
import { scheduleDelivery } from './queue-message.js';
import { openConversation, takePairAllowance } from './rate-limits.js';
import { OPT_OUT_CONFIRMATION } from './send-priority.js';
import { SendTurns } from './send-turns.js';
import {
  restampSlot,
  settleSlot,
  type ThroughputSlot,
  takeSlotAndMarkSending,
} from './throughput-limit.js';

const MAX_ATTEMPTS = 8;
const MESSAGES_PER_RUN = 50;

/** A failed send as the channel reports it (the Graph client's error carries these). */
interface SendFailure {
  failureClass: SendFailureClass;
  code: number;
  title?: string;
  details?: string | null;
  retryAfterMs?: number;
}

/** Runs one delivery pass for `waId`; if another process is delivering to them, tries again soon. */
export async function deliverToRecipient(services: Services, waId: string): Promise<void> {
  const result = await withAdvisoryLock(services.db, LOCKS.whatsappRecipient, waId, (conn) =>
    deliverQueued(services, conn, waId),
  );
  if (!result.acquired) await scheduleDelivery(services.db, waId, new Date(Date.now() + 1000));
}

async function deliverQueued(services: Services, db: Db, waId: string): Promise<void> {
  const { settings, client } = services.whatsapp;
  for (let sent = 0; sent < MESSAGES_PER_RUN; sent++) {
    // The next message and what is known of its person, in one query.
    const row = await db
      .selectFrom('whatsapp_messages as m')
      .leftJoin('whatsapp_contacts as c', 'c.wa_id', 'm.wa_id')
      .selectAll('m')
      .select([
        'c.last_inbound_at as contact_last_inbound_at',
        'c.opted_out_at as contact_opted_out_at',
      ])
      .where('m.wa_id', '=', waId)
      .where('m.status', 'in', ['queued', 'held'])
      .orderBy('m.seq')
      .limit(1)
      .executeTakeFirst();
    if (!row) return;
    const {
      contact_last_inbound_at: lastInboundAt,
      contact_opted_out_at: optedOutAt,
      ...next
    } = row;
    if (next.next_attempt_at && next.next_attempt_at.getTime() > Date.now()) {
      return scheduleDelivery(db, waId, next.next_attempt_at);
    }
    if (optedOutAt && next.reason !== OPT_OUT_CONFIRMATION) {
      await recordFailure(db, next.id, {
        failureClass: 'permanent',
        code: 0,
        title: 'The person opted out of WhatsApp messages',
      });
      continue;
    }
    const pairWait = await takePairAllowance(db, waId, {
      intervalMs: settings.pairRateIntervalMs,
      burst: settings.pairRateBurst,
    });
    if (pairWait) return scheduleDelivery(db, waId, pairWait);

    const message = next.body as OutboundWhatsApp;
    if (message.kind === 'template') {
      const unusable = await unapprovedTemplate(
        db,
        message.account?.templateName ?? message.name,
        message.language,
      );
      if (unusable) {
        // Meta would refuse it (132001/132015/132016); hold it for an operator instead of asking.
        const failure: SendFailure = { failureClass: 'operator', code: 0, title: unusable };
        const retryAt = retryTime(failure, next.attempts + 1, settings.pairRateIntervalMs);
        services.logger.error({ messageId: next.id, template: message.name }, unusable);
        if (!retryAt) {
          await recordFailure(db, next.id, failure);
          continue;
        }
        await db
          .updateTable('whatsapp_messages')
          .set((eb) => ({
            status: 'held',
            next_attempt_at: retryAt,
            attempts: eb('attempts', '+', 1),
            ...errorColumns(failure),
          }))
          .where('id', '=', next.id)
          .execute();
        return scheduleDelivery(db, waId, retryAt);
      }
    }
    const windowOpen = isServiceWindowOpen(lastInboundAt);
    if (message.kind === 'template' && !windowOpen) {
      const freeAt = await openConversation(db, waId, settings.dailyConversationLimit);
      if (freeAt) {
        await db
          .updateTable('whatsapp_messages')
          .set({ status: 'held', next_attempt_at: freeAt })
          .where('id', '=', next.id)
          .execute();
        services.logger.warn(
          { messageId: next.id },
          'daily business-initiated conversation limit reached; message held',
        );
        return scheduleDelivery(db, waId, freeAt);
      }
    }

    // The slot is taken and the message marked `sending` in one statement, and the request
    // leaves right after: a process that dies after Meta took the message but before its id is
    // stored leaves it `sending`, which the sweep reports instead of sending it again.
    const slot = await sendSlotFor(services, db, next.id);
    try {
      // A username-only contact's key is their user id: the send goes by `recipient`.
      const address = phoneOfKey(waId) ?? waId;
      const margin = marginFor(settings.throughputMarginMs);
      const left = performance.now();
      // How the slot is settled once Meta answered (see settleSlot).
      const answered = () => {
        const trip = performance.now() - left;
        const outcome = margin.slow(trip) ? 'answered_late' : 'answered';
        margin.record(trip);
        return outcome;
      };
      // The row's id rides along and comes back in the statuses, so a send whose answer was
      // lost (unconfirmed) is still matched to what Meta did with it.
      const callbackData = statusCallbackData(next.id);
      const { wamids } = await client.sendMessage(address, message, { callbackData }).then(
        async (sent) => {
          await settle(services, db, slot, answered());
          return sent;
        },
        async (err: unknown) => {
          const e = err as { httpStatus?: unknown };
          await settle(
            services,
            db,
            slot,
            neverLeft(err) ? 'never_sent' : e.httpStatus === 0 ? 'answered_late' : answered(),
          );
          throw err;
        },
      );
      await db
        .updateTable('whatsapp_messages')
        .set({
          status: 'accepted',
          wamid: wamids[0] ?? null,
          accepted_at: new Date(),
          next_attempt_at: null,
          // A one-time code or reset link is kept only until it is on its way: stored secrets
          // are only hashes.
          ...(SECRET_REASONS.has(next.reason)
            ? { body: JSON.stringify(withoutCode(message)) }
            : {}),
        })
        .where('id', '=', next.id)
        .execute();
      services.metrics.whatsappSends.inc({ kind: message.kind, outcome: 'accepted' });
    } catch (err) {
      if ((err as { answerLost?: unknown }).answerLost === true) {
        // Meta may have taken it (the person has it) or not: sending it again could say the same
        // thing twice, so it is reported, as a send cut off by a dying process is (sweep-job.ts),
        // and the person's later messages go on.
        await db
          .updateTable('whatsapp_messages')
          .set({
            status: 'unconfirmed',
            next_attempt_at: null,
            ...errorColumns(asSendFailure(err)),
            error_title: 'No answer from Meta in time; Meta may or may not have it',
          })
          .where('id', '=', next.id)
          .execute();
        services.metrics.whatsappSends.inc({ kind: message.kind, outcome: 'unconfirmed' });
        services.logger.error(
          { messageId: next.id },
          'WhatsApp send unconfirmed: no answer from Meta in time; not resent',
        );
        continue;
      }
      const failure = asSendFailure(err);
      services.metrics.whatsappSends.inc({ kind: message.kind, outcome: failure.failureClass });
      const retryAt = retryTime(failure, next.attempts + 1, settings.pairRateIntervalMs);
      if (retryAt) {
        await db
          .updateTable('whatsapp_messages')
          .set({ status: 'queued', next_attempt_at: retryAt, ...errorColumns(failure) })
          .where('id', '=', next.id)
          .execute();
        if (failure.failureClass === 'operator') {
          services.logger.error(
            { messageId: next.id, code: failure.code },
            'WhatsApp needs an operator; sending paused',
          );
        }
        return scheduleDelivery(db, waId, retryAt);
      }
      await recordFailure(db, next.id, failure);
      services.logger.warn(
        { messageId: next.id, code: failure.code, class: failure.failureClass },
        'WhatsApp message failed',
      );
    }
  }
  await scheduleDelivery(db, waId);
}

/** This process's turns at the number's throughput (a few ask PostgreSQL at a time). */
const turns = new SendTurns(3);
/** This process's margin for a send's way to Meta, by the configured least margin. */
const margins = new Map<number, ArrivalMargin>();
function marginFor(floorMs: number): ArrivalMargin {
  let margin = margins.get(floorMs);
  if (!margin) {
    margin = new ArrivalMargin(floorMs);
    margins.set(floorMs, margin);
  }
  return margin;
}

/**
 * Waits for a throughput slot and marks the message `sending` with it. If this process stalled
 * past the moment the send was due to leave (it leaves now), the slot's stamp moves to now first.
 */
async function sendSlotFor(services: Services, db: Db, messageId: string): Promise<ThroughputSlot> {
  const { settings } = services.whatsapp;
  const limit = {
    perSecond: settings.throughputPerSecond,
    marginMs: marginFor(settings.throughputMarginMs).ms(),
  };
  let asked = 0;
  const { slot, fireInMs } = await turns.take(() => {
    asked = performance.now();
    return takeSlotAndMarkSending(db, limit, messageId);
  });
  // Not before the slot's second is over: counted from now, which is after PostgreSQL stamped it.
  if (fireInMs > 0) await new Promise((resolve) => setTimeout(resolve, fireInMs));
  // The stamp was made after `asked`; a request leaving more than the margin after that (a slow
  // query, a stalled event loop) moves the stamp to now before it goes.
  let due = asked + fireInMs;
  for (let i = 0; i < 3 && performance.now() - due > limit.marginMs; i++) {
    due = performance.now();
    await restampSlot(db, limit, slot);
  }
  return slot;
}

/** Settles a send's slot; a failure leaves the slot counted until its stamp, which is safe. */
async function settle(
  services: Services,
  db: Db,
  slot: ThroughputSlot,
  outcome: 'answered' | 'answered_late' | 'never_sent',
): Promise<void> {
  await settleSlot(db, slot, outcome).catch((err: Error) =>
    services.logger.warn({ err: { message: err.message } }, 'throughput slot not settled'),
  );
}

/** A send that certainly never reached Meta: refused before any request, or never connected. */
function neverLeft(err: unknown): boolean {
  if (err instanceof InvalidOutboundMessageError) return true;
  const e = err as { httpStatus?: unknown; answerLost?: unknown };
  return e?.httpStatus === 0 && e.answerLost === false;
}

/** Why a template cannot be sent, when Meedi8 knows Meta has it in a state other than approved. */
async function unapprovedTemplate(db: Db, name: string, language: string): Promise<string | null> {
  const known = await db
    .selectFrom('whatsapp_templates')
    .select('status')
    .where('name', '=', name)
    .where('language', '=', language)
    .executeTakeFirst();
  if (!known || known.status === 'APPROVED') return null;
  return `Template ${name} (${language}) is ${known.status} at Meta; see npm run whatsapp -- templates status`;
}

/** When to try again, or null to stop: permanent classes stop, others back off with jitter. */
function retryTime(failure: SendFailure, attempts: number, pairIntervalMs: number): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const base = {
    transient: 2000 * 2 ** (attempts - 1),
    throttled: 1000 * 2 ** (attempts - 1),
    pair_rate: pairIntervalMs,
    operator: 10 * 60 * 1000,
  }[failure.failureClass as 'transient' | 'throttled' | 'pair_rate' | 'operator'];
  if (base === undefined) return null;
  const capped = Math.min(base, 15 * 60 * 1000);
  const jitter = capped * (0.75 + Math.random() * 0.5);
  return new Date(Date.now() + jitter);
}

function asSendFailure(err: unknown): SendFailure {
  const e = err as Partial<SendFailure> & { message?: string };
  if (e && typeof e.failureClass === 'string' && typeof e.code === 'number')
    return e as SendFailure;
  return { failureClass: 'permanent', code: 0, title: e?.message ?? 'unknown error' };
}

function errorColumns(failure: SendFailure) {
  return {
    error_code: failure.code,
    error_title: failure.title ?? null,
    error_details: failure.details ?? null,
    failure_class: failure.failureClass,
  };
}

async function recordFailure(db: Db, id: string, failure: SendFailure): Promise<void> {
  await db
    .updateTable('whatsapp_messages')
    .set({
      status: 'failed',
      failed_at: new Date(),
      next_attempt_at: null,
      ...errorColumns(failure),
    })
    .where('id', '=', id)
    .execute();
}

/** Messages that carry a secret, kept only until sent. */
const SECRET_REASONS = new Set([PHONE_CODE_REASON, PASSWORD_RESET_REASON]);

/** The message as stored once sent: a template's values, or a text's link, blanked out. */
function withoutCode(message: OutboundWhatsApp): OutboundWhatsApp {
  if (message.kind === 'text') {
    return {
      ...message,
      body: message.body.replace(/https?:\/\/\S+/g, '[link removed once sent]'),
    };
  }
  if (message.kind !== 'template') return message;
  const blank = (values: string[]) => values.map(() => '······');
  const stored = { ...message, bodyParams: blank(message.bodyParams), urlButtonSuffix: '' };
  if (message.account) {
    stored.account = { ...message.account, headerParams: blank(message.account.headerParams) };
  }
  return stored;
}
