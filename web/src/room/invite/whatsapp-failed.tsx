/** WhatsApp refused the invite: what it said, and the other ways to send one. */
import { useT } from '../../i18n/intl';
import type { InviteChannel } from './channel-choice';

export function WhatsAppFailed({
  message,
  onChoose,
}: {
  message: string;
  onChoose: (channel: InviteChannel) => void;
}) {
  const { t } = useT();
  return (
    <div className="notice" role="alert">
      <p>{message}</p>
      <p className="actions">
        <button type="button" className="button secondary small" onClick={() => onChoose('email')}>
          {t('invite.emailInstead')}
        </button>
        <button type="button" className="button secondary small" onClick={() => onChoose('link')}>
          {t('invite.linkInstead')}
        </button>
      </p>
    </div>
  );
}
