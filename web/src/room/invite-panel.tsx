/**
 * Inviting the other person: by WhatsApp, by email or by a link they are sent some other way.
 * Each channel's invite stays live alongside the others until one is used; the live invites show
 * their progress and can be cancelled, and another way is offered when WhatsApp fails.
 * One form per file in `invite/`.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Room } from '../api/types';
import { ErrorPanel } from '../components/error-panel';
import { CopyLink, type ShownLink } from './invite/copy-link';
import { EmailInviteForm } from './invite/email-invite-form';
import { OpenInvites } from './invite/open-invites';
import { WhatsAppInviteForm } from './invite/whatsapp-invite-form';
import { roomKey, useRoom } from './room-queries';
import { useRoomEvents } from './use-room-events';

type Channel = 'whatsapp' | 'email' | 'link';

const CHANNELS = [
  ['whatsapp', 'WhatsApp'],
  ['email', 'Email'],
  ['link', 'Copy a link'],
] as const;

export function InvitePanel({
  roomId,
  inviteUrl,
  ownStream = true,
}: {
  roomId: string;
  /** A link made with the room (API callers); the web makes one only when asked. */
  inviteUrl: string | null;
  /** False inside the room page, which already listens to the room's events. */
  ownStream?: boolean;
}) {
  const client = useQueryClient();
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [link, setLink] = useState<ShownLink | null>(
    inviteUrl ? { url: inviteUrl, inviteId: null, madeAt: 0 } : null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [whatsappFailed, setWhatsappFailed] = useState<string | null>(null);
  // Delivery progress (sent, delivered, read, failed) arrives as live `invite` events; the slow
  // poll only backs the stream up.
  const room = useRoom(roomId, 30_000);
  const stream = useRoomEvents(roomId, room.data?.last_event_id, ownStream);

  const refresh = () => client.invalidateQueries({ queryKey: roomKey(roomId) });
  const sent = (message: string) => {
    setNotice(message);
    void refresh();
  };

  if (room.isPending) return <p className="loading">Loading the invite…</p>;
  if (room.isError) return <ErrorPanel error={room.error} onRetry={() => room.refetch()} />;
  const open = room.data.open_invites;
  // Offer the link only while it still works (it may have been cancelled, replaced or used).
  const liveLink =
    link &&
    (room.dataUpdatedAt < link.madeAt ||
      open.some((i) => (link.inviteId ? i.id === link.inviteId : i.channel === 'link')))
      ? link
      : null;

  if (room.data.phase !== 'waiting') {
    return (
      <section aria-labelledby="invite-heading" className="stack">
        <h2 id="invite-heading">Invite the other person</h2>
        <div className="form-ok" role="status">
          <p>
            <strong>
              <bdi>{otherName(room.data)}</bdi> has joined.
            </strong>
          </p>
          <Link className="button" to={`/rooms/${roomId}`}>
            Go to the mediation
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="invite-heading" className="stack">
      <h2 id="invite-heading">Invite the other person</h2>
      {open.length > 0 && (
        <div aria-live="polite">
          <OpenInvites roomId={roomId} invites={open} onCancelled={sent} />
          {ownStream && stream !== 'live' && (
            <p className="live">Checking for updates every few seconds.</p>
          )}
        </div>
      )}
      {notice && (
        <div className="form-ok" role="status">
          <p>{notice}</p>
          {ownStream && (
            <p>
              <Link to={`/rooms/${roomId}`}>Go to the mediation room</Link> to get ready while you
              wait for them.
            </p>
          )}
        </div>
      )}
      {whatsappFailed && (
        <div className="notice" role="alert">
          <p>{whatsappFailed}</p>
          <p className="actions">
            <button
              type="button"
              className="button secondary small"
              onClick={() => setChannel('email')}
            >
              Invite by email instead
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => setChannel('link')}
            >
              Copy a link instead
            </button>
          </p>
        </div>
      )}
      <fieldset>
        <legend>
          {open.length > 0 ? 'Invite them another way too' : 'How would you like to invite them?'}
        </legend>
        <div className="radio-row">
          {CHANNELS.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="invite-channel"
                value={value}
                checked={channel === value}
                onChange={() => setChannel(value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {channel === 'whatsapp' && (
        <WhatsAppInviteForm
          roomId={roomId}
          onSent={(message) => {
            setWhatsappFailed(null);
            sent(message);
          }}
          onFailed={(message) => {
            setWhatsappFailed(message);
            void refresh();
          }}
        />
      )}
      {channel === 'email' && <EmailInviteForm roomId={roomId} onSent={sent} />}
      {channel === 'link' && (
        <CopyLink
          roomId={roomId}
          link={liveLink}
          onNewLink={(made) => {
            setLink(made);
            if (link) {
              sent(
                'A new link is ready. The earlier link no longer works; invites sent by WhatsApp or email still do.',
              );
            } else void refresh();
          }}
        />
      )}
    </section>
  );
}

function otherName(room: Room): string {
  return room.participants.find((p) => p.role !== 'owner')?.name ?? 'The other person';
}
