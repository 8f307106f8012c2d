/** The WhatsApp identities (contact keys, user ids) and email address that belong to one account. */
import type { Db } from '../../storage/database.js';

export interface AccountIdentities {
  waIds: string[];
  email: string | null;
  phoneNumber: string | null;
}

/** wa_ids from the linked WhatsApp contacts and the account's own number, and its email. */
export async function accountIdentities(db: Db, userId: string): Promise<AccountIdentities> {
  const user = await db
    .selectFrom('users')
    .select(['email', 'phone_number'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const linked = await db
    .selectFrom('whatsapp_contacts')
    .select(['wa_id', 'business_user_id', 'former_keys'])
    .where('user_id', '=', userId)
    .execute();
  // A contact's key, its business-scoped user id and the keys it had (a username user's raw
  // deliveries are filed under their user id at the time).
  const waIds = new Set(
    linked.flatMap((c) => [
      c.wa_id,
      ...(c.business_user_id ? [c.business_user_id] : []),
      ...c.former_keys,
    ]),
  );
  // WhatsApp ids are the E.164 number without its "+".
  if (user.phone_number) waIds.add(user.phone_number.replace(/^\+/, ''));
  return { waIds: [...waIds], email: user.email, phoneNumber: user.phone_number };
}
