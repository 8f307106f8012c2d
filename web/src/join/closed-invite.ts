import type { InvitePreview } from '../api/types';

/** What to tell someone whose invite can no longer be used, and what to do about it. */
export function closedInviteText(
  invite: Pick<InvitePreview, 'status' | 'inviter_name'> &
    Partial<Pick<InvitePreview, 'cancelled_by_name'>>,
): string {
  const ask = `Ask ${invite.inviter_name} to send you a new invite.`;
  switch (invite.status) {
    case 'used':
      return `This invite has already been used to join. ${ask}`;
    case 'expired':
      return `This invite has expired (invites last 7 days). ${ask}`;
    case 'revoked':
      // Name a person only when someone did cancel it; otherwise another invite took its place.
      return invite.cancelled_by_name
        ? `${invite.cancelled_by_name} cancelled this invite. If you still want to talk, ask ${invite.inviter_name} for a new one.`
        : `This invite was replaced by a newer one or has already been used. ${ask}`;
    default:
      return `This invite cannot be used any more. ${ask}`;
  }
}
