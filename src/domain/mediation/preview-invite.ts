import type { Db } from '../../storage/database.js';
import { type InviteStatus, inviteStatus } from './invites.js';
import { findInvite } from './join-room.js';

export interface InvitePreview {
  room_title: string;
  topic: string | null;
  inviter_name: string;
  recipient_name: string | null;
  status: InviteStatus;
  expires_at: string;
}

/** What the join page shows before someone joins: who invited them, about what. */
export async function previewInvite(db: Db, token: string): Promise<InvitePreview> {
  const invite = await findInvite(db, token);
  const row = await db
    .selectFrom('rooms')
    .innerJoin('users', 'users.id', 'rooms.owner_user_id')
    .select(['rooms.title', 'rooms.topic', 'users.name'])
    .where('rooms.id', '=', invite.room_id)
    .executeTakeFirstOrThrow();
  return {
    room_title: row.title,
    topic: row.topic,
    inviter_name: row.name,
    recipient_name: invite.recipient_name,
    status: inviteStatus(invite),
    expires_at: invite.expires_at.toISOString(),
  };
}
