import { errors } from '../../errors.js';
import { notify } from '../../notifications/notify.js';
import type { Db } from '../../storage/database.js';
import type { InviteRow, UserRow } from '../../storage/schema.js';
import { offerLocale } from '../accounts/person-locale.js';
import { GUEST_TOKEN_TTL_MS, hashSecret, issueToken } from '../accounts/tokens.js';
import { closeOpenInvites, inviteStatus } from './invites.js';
import { recordRoomEvents } from './room-events.js';
import { startJointSessionIfScreened } from './start-joint-session.js';

export interface JoinResult {
  roomId: string;
  user: UserRow;
  /** A new token: room-scoped for a guest, a normal one for an account holder. */
  token: string;
}

/**
 * Joins the room an invite belongs to: as a guest (no account, no email check) or, when the
 * caller is signed in with an account, as that account. The joint session starts (the owner
 * speaks first) once both people have been screened privately (`start-joint-session.ts`).
 */
export async function joinRoom(
  db: Db,
  inviteToken: string,
  input: {
    name?: string;
    accountUserId?: string | null;
    whatsappOptIn?: boolean;
    /** The language picked on the join page: the person's own choice. */
    locale?: string;
    /** The browser's language, the weakest word on it (used when nothing stronger is known). */
    browserLocale?: string;
    coalesceMs: number;
  },
): Promise<JoinResult> {
  return db.transaction().execute(async (trx) => {
    const invite = await findInvite(trx, inviteToken, { forUpdate: true });
    return joinWithInvite(trx, invite, input);
  });
}

/**
 * Joins by answering a WhatsApp invite in the chat: a guest whose number is the one the invite
 * reached, opted in by writing to Meedi8 themselves.
 */
export async function joinByWhatsAppReply(
  db: Db,
  inviteId: string,
  input: { userId: string; coalesceMs: number },
): Promise<JoinResult> {
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites')
      .selectAll()
      .where('id', '=', inviteId)
      .forUpdate()
      .executeTakeFirst();
    if (!invite) throw errors.inviteNotFound();
    return joinWithInvite(trx, invite, {
      accountUserId: input.userId,
      coalesceMs: input.coalesceMs,
      whatsappOptIn: true,
      optInSource: 'whatsapp_reply',
    });
  });
}

/** Joins with a locked invite, inside the caller's transaction. */
async function joinWithInvite(
  trx: Db,
  invite: InviteRow,
  input: {
    name?: string;
    accountUserId?: string | null;
    whatsappOptIn?: boolean;
    optInSource?: string;
    locale?: string;
    browserLocale?: string;
    coalesceMs: number;
  },
): Promise<JoinResult> {
  assertUsable(invite);
  const room = await trx
    .selectFrom('rooms')
    .selectAll()
    .where('id', '=', invite.room_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (room.phase === 'resolved') throw errors.roomResolved();
  const members = await trx
    .selectFrom('participants')
    .select('user_id')
    .where('room_id', '=', room.id)
    .execute();
  if (input.accountUserId && members.some((m) => m.user_id === input.accountUserId)) {
    throw errors.alreadyParticipant();
  }
  if (members.length >= 2) throw errors.roomFull();

  let user: UserRow;
  let token: string;
  if (input.accountUserId) {
    user = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', input.accountUserId)
      .executeTakeFirstOrThrow();
    token = await issueToken(trx, user.id);
  } else {
    user = await trx
      .insertInto('users')
      .values({ name: input.name?.trim() || invite.recipient_name || 'Guest', is_guest: true })
      .returningAll()
      .executeTakeFirstOrThrow();
    token = await issueToken(trx, user.id, { roomScope: room.id, ttlMs: GUEST_TOKEN_TTL_MS });
  }

  if (invite.recipient_phone && input.whatsappOptIn) {
    user = await acceptWhatsAppUpdates(
      trx,
      user,
      invite.recipient_phone,
      input.optInSource ?? 'invite_join',
    );
  }
  // Their own pick on the join page wins; else the language the inviter said they read; else
  // their browser's.
  const offered = input.locale
    ? await offerLocale(trx, user.id, input.locale, 'chosen')
    : invite.recipient_locale
      ? await offerLocale(trx, user.id, invite.recipient_locale, 'invite')
      : input.browserLocale
        ? await offerLocale(trx, user.id, input.browserLocale, 'browser')
        : false;
  if (offered) {
    user = await trx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
  }
  await trx
    .insertInto('participants')
    .values({ room_id: room.id, user_id: user.id, role: 'invitee' })
    .execute();
  await trx
    .updateTable('invites')
    .set({ used_at: new Date(), used_by_user_id: user.id })
    .where('id', '=', invite.id)
    .execute();
  // The seat is taken: every other invite for it (other channels, older links) is used up too.
  const closed = await closeOpenInvites(trx, room.id, null);
  await recordRoomEvents(trx, [
    {
      roomId: room.id,
      type: 'participant_joined',
      data: { user_id: user.id, name: user.name, role: 'invitee' },
    },
    { roomId: room.id, type: 'invite', data: { invite_id: invite.id, status: 'used' } },
    ...closed.map((id) => ({
      roomId: room.id,
      type: 'invite' as const,
      data: { invite_id: id, status: 'revoked' as const },
    })),
  ]);
  // Each person is screened privately first; the joint session starts once both have been.
  await startJointSessionIfScreened(trx, room);
  await notify(
    trx,
    [
      {
        userId: room.owner_user_id,
        roomId: room.id,
        kind: 'partner_joined',
        actorName: user.name,
      },
    ],
    input.coalesceMs,
  );
  return { roomId: room.id, user, token };
}

/**
 * The guest said yes to updates on WhatsApp at the number the invite reached: that number
 * becomes theirs (unless their account already has one) and the yes is their recorded opt-in.
 */
async function acceptWhatsAppUpdates(
  trx: Db,
  user: UserRow,
  phone: string,
  source: string,
): Promise<UserRow> {
  if (user.phone_number && user.phone_number !== phone) return user;
  const now = new Date();
  const updated = await trx
    .updateTable('users')
    .set({
      // The invite's link reached this person at that number: the number is proven.
      phone_number: phone,
      phone_number_verified_at: now,
      pending_phone_number: null,
      whatsapp_opt_in: true,
      whatsapp_opt_in_at: now,
      whatsapp_opt_in_source: source,
      whatsapp_opted_out_at: null,
    })
    .where('id', '=', user.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('whatsapp_contacts')
    .values({
      wa_id: phone.slice(1),
      phone_number: phone,
      user_id: user.id,
      opted_in: true,
      opt_in_source: source,
      opt_in_at: now,
    })
    .onConflict((oc) =>
      oc.column('wa_id').doUpdateSet({
        user_id: user.id,
        opted_in: true,
        opt_in_source: source,
        opt_in_at: now,
        opted_out_at: null,
      }),
    )
    .execute();
  return updated;
}

/** Finds an invite by its secret; 404 when there is none. */
export async function findInvite(
  db: Db,
  token: string,
  options: { forUpdate?: boolean } = {},
): Promise<InviteRow> {
  if (token.length < 20 || token.length > 200) throw errors.inviteNotFound();
  let query = db.selectFrom('invites').selectAll().where('token_hash', '=', hashSecret(token));
  if (options.forUpdate) query = query.forUpdate();
  const invite = await query.executeTakeFirst();
  if (!invite) throw errors.inviteNotFound();
  return invite;
}

function assertUsable(invite: InviteRow): void {
  const status = inviteStatus(invite);
  if (status === 'used') throw errors.inviteUsed();
  if (status === 'revoked') throw errors.inviteRevoked();
  if (status === 'expired') throw errors.inviteExpired();
}
