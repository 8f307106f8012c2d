/** An invite's journey (sent → delivered → read → opened → joined), in words and not by colour alone. */
import type { Invite } from '../api/types';
import { formatAgo } from '../format/time';
import { useT } from '../i18n/intl';
import { inviteSteps, inviteSummary } from './labels';

const MARK = { done: '✓', current: '…', todo: '○', failed: '✕' } as const;

export function InviteProgress({ invite }: { invite: Invite }) {
  const { t } = useT();
  const closed = invite.status === 'revoked' || invite.status === 'expired';
  return (
    <div className="invite-progress">
      <p>
        <strong>{inviteSummary(invite)}</strong>{' '}
        <span className="muted">({formatAgo(invite.created_at)})</span>
      </p>
      {!closed && (
        <ol className="progress" aria-label={t('invite.progress')}>
          {inviteSteps(invite.channel, invite.progress).map((step) => (
            <li key={step.key} className={step.state}>
              <span aria-hidden="true">{MARK[step.state]} </span>
              {step.label}
              <span className="visually-hidden">
                {step.state === 'done'
                  ? ` ${t('step.state.done')}`
                  : step.state === 'current'
                    ? ` ${t('step.state.next')}`
                    : step.state === 'failed'
                      ? ''
                      : ` ${t('step.state.todo')}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
