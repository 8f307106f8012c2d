/**
 * The invites that can still be used, each with its progress and a way to cancel it. Any of
 * them lets the other person join; once one is used the rest stop working.
 */
import { useMutation } from '@tanstack/react-query';
import { api, errorMessage } from '../../api/client';
import type { CancelInviteResponse, Invite } from '../../api/types';
import { useT } from '../../i18n/intl';
import { InviteProgress } from '../invite-progress';
import { roomPath } from '../room-queries';

export function OpenInvites({
  roomId,
  invites,
  onCancelled,
}: {
  roomId: string;
  invites: Invite[];
  onCancelled: (message: string) => void;
}) {
  const { t } = useT();
  const cancel = useMutation({
    mutationFn: (target: Invite) =>
      api.delete<CancelInviteResponse>(
        roomPath(roomId, `invites/${encodeURIComponent(target.id)}`),
      ),
    onSuccess: () => onCancelled(t('invite.cancelled')),
  });
  return (
    <ul className="stack invite-list">
      {invites.map((invite) => (
        <li key={invite.id} className="card">
          <InviteProgress invite={invite} />
          {invite.progress === 'failed' && invite.channel === 'whatsapp' && (
            <p className="notice">{t('invite.whatsappUndelivered')}</p>
          )}
          <button
            type="button"
            className="button secondary small"
            onClick={() => cancel.mutate(invite)}
            disabled={cancel.isPending}
          >
            {cancel.isPending && cancel.variables?.id === invite.id
              ? t('invite.cancelling')
              : t('invite.cancel')}
          </button>
          {cancel.isError && cancel.variables?.id === invite.id && (
            <p className="form-error" role="alert">
              {errorMessage(cancel.error)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
