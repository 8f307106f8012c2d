/** `/rooms`: the mediations the person takes part in, with where each one stands. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { RoomList, RoomSummary, User } from '../api/types';
import { RequireSignIn } from '../app/session';
import { usePageTitle } from '../app/use-title';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { formatAgo } from '../format/time';
import { useT } from '../i18n/intl';
import { InviteProgress } from '../room/invite-progress';
import { inviteSummary, phaseLabel, turnLabel } from '../room/labels';

export function Component() {
  usePageTitle('nav.rooms');
  return <RequireSignIn>{(me) => <Rooms me={me} />}</RequireSignIn>;
}

function Rooms({ me }: { me: User }) {
  const { t } = useT();
  const rooms = useQuery({
    queryKey: ['rooms'],
    queryFn: ({ signal }) => api.get<RoomList>('/api/rooms', signal),
    refetchInterval: 30_000,
  });
  return (
    <main className="page" id="main">
      <div className="room-header">
        <h1>{t('nav.rooms')}</h1>
        {!me.is_guest && (
          <Link className="button" to="/rooms/new">
            {t('rooms.start')}
          </Link>
        )}
      </div>
      {rooms.isPending && <PageLoading label={t('rooms.loading')} />}
      {rooms.isError && <ErrorPanel error={rooms.error} onRetry={() => rooms.refetch()} />}
      {rooms.data && rooms.data.rooms.length === 0 && (
        <div className="empty card">
          <p>
            <strong>{t('rooms.none')}</strong>
          </p>
          <p>{t('rooms.noneHint')}</p>
          {!me.is_guest && (
            <Link className="button" to="/rooms/new">
              {t('rooms.start')}
            </Link>
          )}
        </div>
      )}
      {rooms.data && rooms.data.rooms.length > 0 && (
        <ul className="room-list">
          {rooms.data.rooms.map((room) => (
            <RoomItem key={room.id} room={room} me={me} />
          ))}
        </ul>
      )}
    </main>
  );
}

function RoomItem({ room, me }: { room: RoomSummary; me: User }) {
  const turn = turnLabel(room.phase, room.current_turn_user_id, me.id, room.participants);
  const mine = room.phase === 'active' && room.current_turn_user_id === me.id;
  const { t, rich, intl } = useT();
  const others = room.participants.filter((p) => p.user_id !== me.id).map((p) => p.name);
  return (
    <li className="card">
      <Link className="room-link" to={`/rooms/${room.id}`} dir="auto">
        {room.title}
      </Link>
      {room.topic && (
        <p className="muted" dir="auto">
          {room.topic.length > 140 ? `${room.topic.slice(0, 140)}…` : room.topic}
        </p>
      )}
      <div className="meta">
        <span className="badge neutral">{phaseLabel(room.phase)}</span>
        <span className={mine ? 'badge turn' : ''}>{turn}</span>
        {others.length > 0 && (
          <span>
            {rich('rooms.with', {
              names: intl.formatList(others, { type: 'conjunction' }),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </span>
        )}
        <span>{t('rooms.lastActivity', { ago: formatAgo(room.last_activity_at) })}</span>
      </div>
      {room.invite &&
        (room.phase === 'waiting' ? (
          <InviteProgress invite={room.invite} />
        ) : (
          <p className="meta">{inviteSummary(room.invite)}</p>
        ))}
    </li>
  );
}
