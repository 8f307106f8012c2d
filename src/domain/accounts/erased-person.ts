/**
 * Everything that identifies a person about to be erased, gathered before anything is deleted:
 * their numbers, addresses and names, every text they wrote that may have been copied into what
 * stays with others, and the hashes of link secrets they sent or received.
 */
import { sql } from 'kysely';
import type { Db } from '../../storage/database.js';
import { accountIdentities } from './account-identities.js';
import type { ErasedPerson } from './erasure-scrubber.js';

/** The person with the ids erasure needs, besides what the scrubber looks for. */
export interface ErasureSubject extends ErasedPerson {
  userId: string;
  /** WhatsApp ids (digits) whose contact, chat and messages go with them. */
  waIds: string[];
  /** The rooms they take part in. */
  roomIds: string[];
  /** Their contacts' opaque ids, which name their chat's job queue. */
  chatIds: string[];
}

/** Reads what erasure must find; undefined when the account is already gone. */
export async function erasureSubject(db: Db, userId: string): Promise<ErasureSubject | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['name', 'email', 'phone_number'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const identities = await accountIdentities(db, userId);
  const roomIds = (
    await db.selectFrom('participants').select('room_id').where('user_id', '=', userId).execute()
  ).map((r) => r.room_id);

  // An invite they joined by reached them at its number or address, which is theirs too unless
  // that number's chat belongs to someone else's account.
  const used = await db
    .selectFrom('invites')
    .select(['recipient_phone', 'recipient_email'])
    .where('used_by_user_id', '=', userId)
    .execute();
  const waIds = new Set(identities.waIds);
  const emails = new Set(identities.email ? [identities.email.toLowerCase()] : []);
  for (const invite of used) {
    if (invite.recipient_phone) {
      const waId = invite.recipient_phone.replace(/^\+/, '');
      const owner = await db
        .selectFrom('whatsapp_contacts')
        .select('user_id')
        .where('wa_id', '=', waId)
        .executeTakeFirst();
      if (!owner?.user_id || owner.user_id === userId) waIds.add(waId);
    }
    if (invite.recipient_email) {
      const address = invite.recipient_email.toLowerCase();
      const holder = await db
        .selectFrom('users')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['email']), '=', address))
        .executeTakeFirst();
      if (!holder || holder.id === userId) emails.add(address);
    }
  }

  const profiles =
    waIds.size === 0
      ? []
      : await db
          .selectFrom('whatsapp_contacts')
          .select(['profile_name', 'chat_id'])
          .where('wa_id', 'in', [...waIds])
          .execute();
  const names = [user.name, ...profiles.map((p) => p.profile_name ?? '')];
  const texts = await textsOf(db, userId, roomIds, [...waIds]);
  // A mediator retells "I will …" as "<name> will …" (in drafts, offers, summaries).
  const retold = texts
    .flatMap((t) => t.split(/\r?\n/))
    .flatMap((line) => {
      const rest = /^I\s+(.{8,})$/.exec(line.trim())?.[1];
      return rest ? names.filter((n) => n.trim()).map((n) => `${n.trim()} ${rest}`) : [];
    });
  const numbers = [...waIds].flatMap((w) => [`+${w}`, w]);

  return {
    userId,
    waIds: [...waIds],
    roomIds,
    chatIds: profiles.map((p) => p.chat_id),
    names,
    numbers,
    emails: [...emails],
    texts: [...texts, ...retold],
    secretHashes: await secretHashesOf(db, userId),
  };
}

/** Their words anywhere they could have been copied from, and the replies reflecting them. */
async function textsOf(db: Db, userId: string, roomIds: string[], waIds: string[]) {
  const texts: string[] = [];
  if (roomIds.length > 0) {
    const own = await db
      .selectFrom('messages')
      .select(['id', 'body'])
      .where('room_id', 'in', roomIds)
      .where('author_user_id', '=', userId)
      .where('author_kind', '=', 'participant')
      .execute();
    texts.push(...own.map((m) => m.body));
    if (own.length > 0) {
      const replies = await db
        .selectFrom('messages')
        .select('body')
        .where(
          'reply_to_message_id',
          'in',
          own.map((m) => m.id),
        )
        .where('author_kind', '=', 'mediator')
        .execute();
      texts.push(...replies.map((m) => m.body));
    }
    // Break reasons they gave, current and past (the feed keeps every one).
    const { rows: reasons } = await sql<{ reason: string }>`
      select data->>'reason' as reason from room_events
      where room_id = any(${roomIds}::uuid[]) and type = 'phase'
        and data->>'started_by' = ${userId} and data->>'reason' is not null
      union select break_reason from rooms
      where id = any(${roomIds}::uuid[]) and break_started_by = ${userId} and break_reason is not null
    `.execute(db);
    texts.push(...reasons.map((r) => r.reason));
    const topics = await db
      .selectFrom('rooms')
      .select('topic')
      .where('id', 'in', roomIds)
      .where('owner_user_id', '=', userId)
      .execute();
    texts.push(...topics.map((r) => r.topic ?? ''));
    texts.push(...(await ownCommitments(db, userId, roomIds)));
  }
  const held = await db
    .selectFrom('held_messages')
    .select('body')
    .where('user_id', '=', userId)
    .execute();
  const notes = await db
    .selectFrom('agreement_confirmations')
    .select('note')
    .where('user_id', '=', userId)
    .execute();
  texts.push(...held.map((h) => h.body), ...notes.map((n) => n.note ?? ''));
  if (waIds.length > 0) {
    const inbound = await db
      .selectFrom('whatsapp_inbound_messages')
      .select('text')
      .where('wa_id', 'in', waIds)
      .execute();
    texts.push(...inbound.map((m) => m.text ?? ''));
  }
  return texts.filter((t) => t.trim().length > 0);
}

/**
 * What drafts that were never agreed say they would do. An agreement both reached keeps its
 * commitments (the other person's record), so those are left out.
 */
async function ownCommitments(db: Db, userId: string, roomIds: string[]): Promise<string[]> {
  const drafts = await db
    .selectFrom('agreement_drafts')
    .select(['status', 'commitments'])
    .where('room_id', 'in', roomIds)
    .execute();
  const theirs = (status: 'accepted' | 'other') =>
    drafts
      .filter((d) => (d.status === 'accepted') === (status === 'accepted'))
      .flatMap((d) => d.commitments)
      .filter((c) => c.participant_id === userId)
      .map((c) => c.text);
  const agreed = new Set(theirs('accepted'));
  return theirs('other').filter((text) => !agreed.has(text));
}

async function secretHashesOf(db: Db, userId: string): Promise<Buffer[]> {
  const invites = await db
    .selectFrom('invites')
    .select('token_hash')
    .where((eb) => eb.or([eb('created_by', '=', userId), eb('used_by_user_id', '=', userId)]))
    .execute();
  const links = await db
    .selectFrom('sign_in_links')
    .select('token_hash')
    .where('user_id', '=', userId)
    .execute();
  return [...invites, ...links].map((r) => r.token_hash);
}
