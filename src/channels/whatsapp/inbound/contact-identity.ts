/**
 * One WhatsApp contact, found by either of its identifiers: the phone number (Meta's `wa_id`)
 * and the business-scoped user id (`user_id`, Meta 2026), both optional. The contact's key is the
 * phone's digits when the number is known, otherwise its current user id; so everywhere a key is
 * digits it is the number, and a key that is not digits is a username-only person.
 * Learning the number, or a `user_changed_user_id`, re-keys the contact; two contacts that turn
 * out to be one person (both ids in one webhook) are joined.
 */
import { sql } from 'kysely';
import type { Db } from '../../../storage/database.js';
import { scheduleDelivery } from '../outbound/queue-message.js';

/** Whether a contact key is a phone number's digits (else it is a business-scoped user id). */
export function isPhoneKey(key: string): boolean {
  return /^\d+$/.test(key);
}

/** The E.164 number a contact key stands for, or null for a username-only contact. */
export function phoneOfKey(key: string): string | null {
  return isPhoneKey(key) ? `+${key}` : null;
}

/**
 * The contact's key now, for a key a job was queued with (a contact may have been re-keyed or
 * joined since); the key itself when no contact has it.
 */
export async function currentContactKey(db: Db, key: string): Promise<string> {
  const exact = await db
    .selectFrom('whatsapp_contacts')
    .select('wa_id')
    .where('wa_id', '=', key)
    .executeTakeFirst();
  if (exact) return key;
  const moved = await db
    .selectFrom('whatsapp_contacts')
    .select('wa_id')
    .where(sql<boolean>`${key} = any(former_keys)`)
    .executeTakeFirst();
  return moved?.wa_id ?? key;
}

export interface SenderIds {
  /** Meta's `wa_id` / `from` / `recipient_id` (digits), when the number is shown. */
  waId: string | null;
  /** Meta's `user_id` / `from_user_id` / `recipient_user_id`. */
  userId: string | null;
}

interface ContactRow {
  wa_id: string;
  business_user_id: string | null;
}

/**
 * The key of the contact these ids name, creating or joining contacts as needed; null when the
 * webhook named no one. Webhook events are handled one at a time, so no two calls race.
 */
export async function resolveContact(trx: Db, ids: SenderIds): Promise<string | null> {
  const { waId, userId } = ids;
  if (!waId && !userId) return null;
  const byPhone = waId ? await contactWhere(trx, 'wa_id', waId) : undefined;
  const byUser = userId ? await contactWhere(trx, 'business_user_id', userId) : undefined;
  if (byPhone && byUser && byPhone.wa_id !== byUser.wa_id) {
    await joinContacts(trx, byPhone.wa_id, byUser.wa_id);
    return byPhone.wa_id;
  }
  if (byPhone) {
    if (userId && byPhone.business_user_id !== userId) {
      await trx
        .updateTable('whatsapp_contacts')
        .set({ business_user_id: userId })
        .where('wa_id', '=', byPhone.wa_id)
        .execute();
    }
    return byPhone.wa_id;
  }
  if (byUser) {
    if (!waId) return byUser.wa_id;
    // Meta showed the number of someone known only by user id: the number becomes the key.
    await rekeyContact(trx, byUser.wa_id, waId);
    return waId;
  }
  const key = waId ?? (userId as string);
  await trx
    .insertInto('whatsapp_contacts')
    .values({ wa_id: key, phone_number: waId ? `+${waId}` : null, business_user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return key;
}

/** `user_changed_user_id`: the contact `key` now holds the user id `next`; returns its key. */
export async function changeUserId(trx: Db, key: string, next: string): Promise<string> {
  const holder = await contactWhere(trx, 'business_user_id', next);
  if (holder && holder.wa_id !== key) {
    // Meta already sent the new id on its own: the two are one person.
    if (isPhoneKey(holder.wa_id) || !isPhoneKey(key)) {
      await joinContacts(trx, holder.wa_id, key);
      return holder.wa_id;
    }
    await joinContacts(trx, key, holder.wa_id);
  }
  await trx
    .updateTable('whatsapp_contacts')
    .set({ business_user_id: next })
    .where('wa_id', '=', key)
    .execute();
  // A username-only contact is keyed by its current id.
  if (isPhoneKey(key) || key === next) return key;
  await rekeyContact(trx, key, next);
  return next;
}

/** Moves a contact and everything keyed by it to a new key (the new key is not in use). */
async function rekeyContact(trx: Db, from: string, to: string): Promise<void> {
  // Chats and inbound messages follow by their foreign keys (on update cascade).
  await trx
    .updateTable('whatsapp_contacts')
    .set((eb) => ({
      wa_id: to,
      phone_number: isPhoneKey(to) ? `+${to}` : null,
      former_keys: sql<string[]>`array_append(${eb.ref('former_keys')}, ${from})`,
    }))
    .where('wa_id', '=', from)
    .execute();
  await moveKeyedRows(trx, from, to);
}

/**
 * Joins `absorbed` into `survivor`: messages both ways, the window, opt-outs and the user id move
 * to the survivor; of two chats the one used last is kept.
 */
async function joinContacts(trx: Db, survivor: string, absorbed: string): Promise<void> {
  const [kept, gone] = await Promise.all(
    [survivor, absorbed].map((key) =>
      trx.selectFrom('whatsapp_contacts').selectAll().where('wa_id', '=', key).executeTakeFirst(),
    ),
  );
  if (!kept || !gone) return;
  const chats = await trx
    .selectFrom('whatsapp_conversations')
    .select(['wa_id', 'user_id', 'updated_at'])
    .where('wa_id', 'in', [survivor, absorbed])
    .orderBy('updated_at', 'desc')
    .execute();
  const liveChat = chats[0];
  if (chats.length > 1) {
    await trx.deleteFrom('whatsapp_conversations').where('wa_id', '=', chats[1]!.wa_id).execute();
  }
  await trx
    .updateTable('whatsapp_conversations')
    .set({ wa_id: survivor })
    .where('wa_id', '=', absorbed)
    .execute();
  await trx
    .updateTable('whatsapp_inbound_messages')
    .set({ wa_id: survivor })
    .where('wa_id', '=', absorbed)
    .execute();
  await moveKeyedRows(trx, absorbed, survivor);
  await trx.deleteFrom('whatsapp_contacts').where('wa_id', '=', absorbed).execute();
  const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  const lastInbound = latest(kept.last_inbound_at, gone.last_inbound_at);
  const undeliverable = latest(kept.undeliverable_at, gone.undeliverable_at);
  await trx
    .updateTable('whatsapp_contacts')
    .set({
      business_user_id: kept.business_user_id ?? gone.business_user_id,
      profile_name: kept.profile_name ?? gone.profile_name,
      // The chat's person owns the joined contact.
      user_id: liveChat?.user_id ?? kept.user_id ?? gone.user_id,
      former_keys: [...new Set([...kept.former_keys, ...gone.former_keys, absorbed])],
      last_inbound_at: lastInbound,
      opted_out_at: kept.opted_out_at ?? gone.opted_out_at,
      opted_in: kept.opted_out_at || gone.opted_out_at ? false : kept.opted_in || gone.opted_in,
      // Writing in after a failure shows the person can be reached.
      undeliverable_at:
        undeliverable && lastInbound && lastInbound > undeliverable ? null : undeliverable,
    })
    .where('wa_id', '=', survivor)
    .execute();
}

/** Tables that name a contact by key without a foreign key. */
async function moveKeyedRows(trx: Db, from: string, to: string): Promise<void> {
  const moved = await trx
    .updateTable('whatsapp_messages')
    .set({ wa_id: to })
    .where('wa_id', '=', from)
    .returning('status')
    .execute();
  await trx
    .updateTable('whatsapp_conversations_opened')
    .set({ wa_id: to })
    .where('wa_id', '=', from)
    .execute();
  if (moved.some((m) => m.status === 'queued' || m.status === 'held')) {
    await scheduleDelivery(trx, to);
  }
}

async function contactWhere(
  trx: Db,
  column: 'wa_id' | 'business_user_id',
  value: string,
): Promise<ContactRow | undefined> {
  return trx
    .selectFrom('whatsapp_contacts')
    .select(['wa_id', 'business_user_id'])
    .where(column, '=', value)
    .forUpdate()
    .executeTakeFirst();
}
