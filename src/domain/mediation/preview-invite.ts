import type { Static } from '@sinclair/typebox';
import type { InvitePreview } from '../../http/schemas/invites.js';
import type { Db } from '../../storage/database.js';
import type { InviteRow } from '../../storage/schema.js';
import { inviteStatus } from './invites.js';
import { findInvite } from './join-room.js';
import { recordRoomEvents } from './room-events.js';

/** The API's `InvitePreview` (src/http/schemas/invites.ts). */
export type InvitePreviewView = Static<typeof InvitePreview>;

/** What the join page shows before someone joins: who invited them, about what (marks it opened). */
export async function previewInvite(db: Db, token: string): Promise<InvitePreviewView> {
  const invite = await findInvite(db, token);
  if (!invite.opened_at) {
    const opened = await db
      .updateTable('invites')
      .set({ opened_at: new Date() })
      .where('id', '=', invite.id)
      .where('opened_at', 'is', null)
      .executeTakeFirst();
    if (opened.numUpdatedRows > 0n) {
      await recordRoomEvents(db, [
        {
          roomId: invite.room_id,
          type: 'invite',
          data: { invite_id: invite.id, progress: 'opened' },
        },
      ]);
    }
  }
  const row = await db
    .selectFrom('rooms')
    .innerJoin('users', 'users.id', 'rooms.owner_user_id')
    .select(['rooms.title', 'rooms.topic', 'users.name'])
    .where('rooms.id', '=', invite.room_id)
    .executeTakeFirstOrThrow();
  return {
    channel: invite.channel,
    whatsapp_number_hint: invite.recipient_phone
      ? `•••• ${invite.recipient_phone.slice(-4)}`
      : null,
    room_title: row.title,
    topic: row.topic,
    inviter_name: row.name,
    cancelled_by_name: await cancellerName(db, invite),
    recipient_name: invite.recipient_name,
    recipient_locale: invite.recipient_locale,
    status: inviteStatus(invite),
    expires_at: invite.expires_at.toISOString(),
  };
}

async function cancellerName(db: Db, invite: InviteRow): Promise<string | null> {
  if (!invite.revoked_at || !invite.revoked_by_user_id) return null;
  const user = await db
    .selectFrom('users')
    .select('name')
    .where('id', '=', invite.revoked_by_user_id)
    .executeTakeFirst();
  return user?.name ?? null;
}
