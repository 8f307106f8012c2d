/**
 * `/rooms/:roomId`: the mediation itself. The conversation, its stage and whose turn it is, the
 * composer, breaks and the safety pause, the agreement, and live updates as they happen.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import type { Room, User } from '../api/types';
import { RequireSignIn } from '../app/session';
import { useTitle } from '../app/use-title';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { formatDate } from '../format/time';
import { useT } from '../i18n/intl';
import { AgreementPanel } from './agreement-panel';
import { BreakBanner, BreakControls } from './break-panel';
import { Composer } from './composer';
import { phaseLabel, stageLabel, turnLabel } from './labels';
import { MessageList } from './message-list';
import { useRoom } from './room-queries';
import { ScreeningPanel } from './screening-panel';
import { type StreamState, useRoomEvents } from './use-room-events';

// Only a waiting room needs the invite form (and its phone-number rules): load it on demand.
const InvitePanel = lazy(() => import('./invite-panel').then((m) => ({ default: m.InvitePanel })));

export function Component() {
  const { roomId = '' } = useParams();
  return <RequireSignIn>{(me) => <RoomScreen roomId={roomId} me={me} />}</RequireSignIn>;
}

function RoomScreen({ roomId, me }: { roomId: string; me: User }) {
  // A slow poll backs up the live stream (and covers changes the stream does not announce).
  const room = useRoom(roomId, 60_000);
  const stream = useRoomEvents(roomId, room.data?.last_event_id, room.isSuccess);
  const { t } = useT();
  useTitle(room.data?.title ?? t('room.pageTitle'));

  if (room.isPending) return <PageLoading label={t('room.opening')} />;
  if (room.isError) {
    const gone = room.error instanceof ApiError && [403, 404].includes(room.error.status);
    return (
      <main className="page narrow" id="main">
        <h1>{gone ? t('room.gone') : t('room.failed')}</h1>
        <ErrorPanel error={room.error} onRetry={gone ? undefined : () => room.refetch()} />
        <p>
          <Link to="/rooms">{t('room.backToRooms')}</Link>
        </p>
      </main>
    );
  }
  return <RoomView room={room.data} me={me} stream={stream} />;
}

function RoomView({ room, me, stream }: { room: Room; me: User; stream: StreamState }) {
  const end = useRef<HTMLDivElement>(null);
  const { t } = useT();
  const seen = useRef<number | null>(null);
  const count = room.messages.length + (room.held_messages?.length ?? 0);
  // Keep the newest message in view as the conversation grows (not on arrival: the page opens
  // at its top, with the stage and whose turn it is, and a link to the latest message).
  useEffect(() => {
    if (seen.current !== null && count > seen.current)
      end.current?.scrollIntoView?.({ block: 'end', behavior: 'smooth' });
    seen.current = count;
  }, [count]);

  const turn = turnLabel(room.phase, room.current_turn_user_id, me.id, room.participants);
  const owner = room.participants.find((p) => p.role === 'owner')?.user_id === me.id;
  return (
    <main className="page" id="main">
      <h1 dir="auto">{room.title}</h1>
      {room.topic && (
        <p className="muted pre" dir="auto">
          {room.topic}
        </p>
      )}
      <div className="room-status">
        <div className="meta">
          <span className="badge neutral">{phaseLabel(room.phase)}</span>
          {room.phase !== 'waiting' && <span>{stageLabel(room.stage)}</span>}
          <StreamBadge state={stream} />
        </div>
        <p role="status" aria-live="polite">
          <strong>{turn}</strong>
        </p>
        {room.messages.length > 3 && (
          <p className="no-print">
            <a href="#latest">{t('room.latest')}</a>
          </p>
        )}
      </div>

      {room.phase === 'resolved' && (
        <div className="form-ok">
          <p>
            <strong>
              {room.resolved_at
                ? t('room.agreedOn', { date: formatDate(room.resolved_at) })
                : t('room.agreed')}
            </strong>
          </p>
          <Link className="button" to={`/rooms/${room.id}/resolution`}>
            {t('room.seeAgreement')}
          </Link>
        </div>
      )}
      {room.phase === 'on_break' && <BreakBanner room={room} viewerId={me.id} />}
      {room.phase === 'waiting' &&
        (owner ? (
          <Suspense fallback={<PageLoading label={t('invite.loading')} />}>
            <InvitePanel roomId={room.id} inviteUrl={room.invite_url} ownStream={false} />
          </Suspense>
        ) : (
          <p>{t('room.waitingOther')}</p>
        ))}
      <ScreeningPanel room={room} />

      <section aria-labelledby="conversation-heading">
        <h2 id="conversation-heading" className="visually-hidden">
          {t('messages.label')}
        </h2>
        <MessageList
          messages={room.messages}
          held={room.held_messages ?? []}
          viewerId={me.id}
          participants={room.participants}
        />
        <div ref={end} id="latest" tabIndex={-1} />
        <Composer room={room} viewerId={me.id} />
      </section>

      <BreakControls room={room} />
      <AgreementPanel room={room} viewerId={me.id} />
    </main>
  );
}

function StreamBadge({ state }: { state: StreamState }) {
  const { t } = useT();
  const text =
    state === 'live'
      ? t('stream.live')
      : state === 'connecting'
        ? t('stream.connecting')
        : t('stream.reconnecting');
  return (
    <span className="live">
      <span aria-hidden="true">{state === 'live' ? '● ' : '○ '}</span>
      {text}
    </span>
  );
}
