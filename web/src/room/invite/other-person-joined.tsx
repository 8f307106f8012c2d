/** What the invite panel shows once the other person has joined: the way into the mediation. */
import { Link } from 'react-router';
import type { Room } from '../../api/types';
import { t as translate, useT } from '../../i18n/intl';

export function OtherPersonJoined({ room }: { room: Room }) {
  const { t, rich } = useT();
  return (
    <section aria-labelledby="invite-heading" className="stack">
      <h2 id="invite-heading">{t('invite.title')}</h2>
      <div className="form-ok" role="status">
        <p>
          <strong>
            {rich('invite.joined', { name: otherName(room), bdi: (chunks) => <bdi>{chunks}</bdi> })}
          </strong>
        </p>
        <Link className="button" to={`/rooms/${room.id}`}>
          {t('invite.goToMediation')}
        </Link>
      </div>
    </section>
  );
}

function otherName(room: Room): string {
  return room.participants.find((p) => p.role !== 'owner')?.name ?? translate('who.other');
}
