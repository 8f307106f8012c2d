/**
 * Inviting the other person: by WhatsApp, by email or by a link they are sent some other way.
 * Each channel's invite stays live alongside the others until one is used; the live invites show
 * their progress and can be cancelled, and another way is offered when WhatsApp fails.
 * This panel only picks between them: each form and notice is its own file in `invite/`.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../components/error-panel';
import { useT } from '../i18n/intl';
import { ChannelChoice, type InviteChannel } from './invite/channel-choice';
import { CopyLink, type ShownLink } from './invite/copy-link';
import { EmailInviteForm } from './invite/email-invite-form';
import { OpenInvites } from './invite/open-invites';
import { OtherPersonJoined } from './invite/other-person-joined';
import { WhatsAppFailed } from './invite/whatsapp-failed';
import { WhatsAppInviteForm } from './invite/whatsapp-invite-form';
import { roomKey, useRoom } from './room-queries';
import { useRoomEvents } from './use-room-events';

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
  const { t, rich } = useT();
  const [channel, setChannel] = useState<InviteChannel>('whatsapp');
  const [link, setLink] = useState<ShownLink | null>(
    inviteUrl ? { url: inviteUrl, inviteId: null, madeAt: 0 } : null,
  );
  const [notice, setNotice] = useState<{ text: string; inviteId: string | null } | null>(null);
  const [whatsappFailed, setWhatsappFailed] = useState<string | null>(null);
  // Delivery progress (sent, delivered, read, failed) arrives as live `invite` events; the slow
  // poll only backs the stream up.
  const room = useRoom(roomId, 30_000);
  const stream = useRoomEvents(roomId, room.data?.last_event_id, ownStream);

  const refresh = () => client.invalidateQueries({ queryKey: roomKey(roomId) });
  const sent = (message: string, inviteId: string | null = null) => {
    setNotice({ text: message, inviteId });
    void refresh();
  };

  if (room.isPending) return <p className="loading">{t('invite.loading')}</p>;
  if (room.isError) return <ErrorPanel error={room.error} onRetry={() => room.refetch()} />;
  const open = room.data.open_invites;
  // Offer the link only while it still works (it may have been cancelled, replaced or used).
  const liveLink =
    link &&
    (room.dataUpdatedAt < link.madeAt ||
      open.some((i) => (link.inviteId ? i.id === link.inviteId : i.channel === 'link')))
      ? link
      : null;

  if (room.data.phase !== 'waiting') return <OtherPersonJoined room={room.data} />;
  // "Sent" stops being true once that invite failed; its card says so and what to do.
  const shownNotice = open.some((i) => i.id === notice?.inviteId && i.progress === 'failed')
    ? null
    : notice;

  return (
    <section aria-labelledby="invite-heading" className="stack">
      <h2 id="invite-heading">{t('invite.title')}</h2>
      {open.length > 0 && (
        <div aria-live="polite">
          <OpenInvites roomId={roomId} invites={open} onCancelled={sent} />
          {ownStream && stream !== 'live' && <p className="live">{t('invite.polling')}</p>}
        </div>
      )}
      {shownNotice && (
        <div className="form-ok" role="status">
          <p>{shownNotice.text}</p>
          {ownStream && (
            <p>
              {rich('invite.goToRoom', {
                a: (chunks) => <Link to={`/rooms/${roomId}`}>{chunks}</Link>,
              })}
            </p>
          )}
        </div>
      )}
      {whatsappFailed && <WhatsAppFailed message={whatsappFailed} onChoose={setChannel} />}
      <ChannelChoice channel={channel} onChange={setChannel} another={open.length > 0} />
      {channel === 'whatsapp' && (
        <WhatsAppInviteForm
          roomId={roomId}
          onSent={(message, inviteId) => {
            setWhatsappFailed(null);
            sent(message, inviteId);
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
              sent(t('invite.newLink'));
            } else void refresh();
          }}
        />
      )}
    </section>
  );
}
