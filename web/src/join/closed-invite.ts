import type { InvitePreview } from '../api/types';
import { t } from '../i18n/intl';

/** What to tell someone whose invite can no longer be used, and what to do about it. */
export function closedInviteText(
  invite: Pick<InvitePreview, 'status' | 'inviter_name'> &
    Partial<Pick<InvitePreview, 'cancelled_by_name'>>,
): string {
  const inviter = invite.inviter_name;
  switch (invite.status) {
    case 'used':
      return t('closed.used', { inviter });
    case 'expired':
      return t('closed.expired', { inviter });
    case 'revoked':
      // Name a person only when someone did cancel it; otherwise another invite took its place.
      return invite.cancelled_by_name
        ? t('closed.cancelled', { canceller: invite.cancelled_by_name, inviter })
        : t('closed.replaced', { inviter });
    default:
      return t('closed.other', { inviter });
  }
}
