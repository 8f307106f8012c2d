/**
 * Inviting the other person: by WhatsApp (name, phone with country), by email, or by copying
 * the link; the invite's progress shown live, another way offered when WhatsApp fails, and the
 * invite can be sent again or cancelled.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api, errorMessage } from '../api/client';
import type { Invite, InviteSent, Room } from '../api/types';
import { ErrorPanel } from '../components/error-panel';
import { PhoneField } from '../components/phone-field';
import { checkPhone, defaultCountry } from '../forms/phone';
import { checkEmail, checkRecipientName } from '../forms/validation';
import { InviteProgress } from './invite-progress';
import { roomKey, roomPath, useRoom } from './room-queries';
import { useRoomEvents } from './use-room-events';

type Channel = 'whatsapp' | 'email' | 'link';

export function InvitePanel({
  roomId,
  inviteUrl: initialUrl,
  ownStream = true,
}: {
  roomId: string;
  inviteUrl: string | null;
  /** False inside the room page, which already listens to the room's events. */
  ownStream?: boolean;
}) {
  const client = useQueryClient();
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [inviteUrl, setInviteUrl] = useState(initialUrl);
  const [notice, setNotice] = useState<string | null>(null);
  const [whatsappFailed, setWhatsappFailed] = useState<string | null>(null);
  // Delivery progress (sent, delivered, read, failed) arrives as live `invite` events; the slow
  // poll only backs the stream up.
  const room = useRoom(roomId, 30_000);
  const stream = useRoomEvents(roomId, room.data?.last_event_id, ownStream);
  const invite = room.data?.invite ?? null;

  const refresh = () => client.invalidateQueries({ queryKey: roomKey(roomId) });
  const sent = (message: string) => {
    setNotice(message);
    void refresh();
  };

  const cancel = useMutation({
    mutationFn: (target: Invite) =>
      api.delete<{ invite: Invite }>(roomPath(roomId, `invites/${encodeURIComponent(target.id)}`)),
    onSuccess: () => {
      setInviteUrl(null);
      sent('The invite is cancelled; its link no longer works.');
    },
  });

  if (room.isPending) return <p className="loading">Loading the invite…</p>;
  if (room.isError) return <ErrorPanel error={room.error} onRetry={() => room.refetch()} />;
  const joined = room.data.phase !== 'waiting';

  return (
    <section aria-labelledby="invite-heading" className="stack">
      <h2 id="invite-heading">Invite the other person</h2>
      {joined ? (
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
      ) : (
        <>
          {invite && (
            <div className="card" aria-live="polite">
              <InviteProgress invite={invite} />
              {ownStream && stream !== 'live' && (
                <p className="live">Checking for updates every few seconds.</p>
              )}
              {invite.status === 'pending' && invite.progress !== 'joined' && (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => cancel.mutate(invite)}
                  disabled={cancel.isPending}
                >
                  {cancel.isPending ? 'Cancelling…' : 'Cancel this invite'}
                </button>
              )}
              {cancel.isError && (
                <p className="form-error" role="alert">
                  {errorMessage(cancel.error)}
                </p>
              )}
              {invite.progress === 'failed' && invite.channel === 'whatsapp' && (
                <p className="notice">
                  WhatsApp could not deliver this invite. Try email, or copy the link and send it
                  yourself.
                </p>
              )}
            </div>
          )}
          {notice && (
            <p className="form-ok" role="status">
              {notice}
            </p>
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
                  Copy the link instead
                </button>
              </p>
            </div>
          )}
          <fieldset>
            <legend>{invite ? 'Send another invite' : 'How would you like to invite them?'}</legend>
            <div className="radio-row">
              {(
                [
                  ['whatsapp', 'WhatsApp'],
                  ['email', 'Email'],
                  ['link', 'Copy a link'],
                ] as const
              ).map(([value, label]) => (
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
            <WhatsAppInvite
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
          {channel === 'email' && <EmailInvite roomId={roomId} onSent={sent} />}
          {channel === 'link' && (
            <LinkInvite
              key={inviteUrl ?? 'no-link'}
              roomId={roomId}
              inviteUrl={inviteUrl}
              onNewLink={(url) => {
                setInviteUrl(url);
                sent('A new link is ready. Earlier links no longer work.');
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function otherName(room: Room): string {
  return room.participants.find((p) => p.role !== 'owner')?.name ?? 'The other person';
}

function WhatsAppInvite({
  roomId,
  onSent,
  onFailed,
}: {
  roomId: string;
  onSent: (message: string) => void;
  onFailed: (message: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [country, setCountry] = useState(() => defaultCountry(navigator.languages));
  const [number, setNumber] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverPhoneError, setServerPhoneError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameProblem = checkRecipientName(name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setFailure(null);
    const phone = checkPhone(number, country);
    if (phone.state === 'empty') setServerPhoneError('Enter their mobile number.');
    if (phone.state === 'empty' || nameProblem) return;
    setBusy(true);
    try {
      // A number the shared rules reject still goes to the server, whose message is the word.
      const result = await api.post<InviteSent>(roomPath(roomId, 'invite-whatsapp'), {
        phone_number: phone.state === 'valid' ? phone.e164 : number.trim(),
        recipient_name: name.trim() || undefined,
      });
      onSent(result.message);
      setNumber('');
      setTouched(false);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) setServerPhoneError(error.message);
      else if (error instanceof ApiError && error.code === 'whatsapp_send_failed')
        onFailed(error.message);
      else setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Invite by WhatsApp">
      <div className={nameProblem ? 'field has-error' : 'field'}>
        <label htmlFor={`${id}-name`}>Their name (optional)</label>
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? `${id}-name-error` : undefined}
        />
        {nameProblem && (
          <p className="field-error" id={`${id}-name-error`} role="alert">
            {nameProblem}
          </p>
        )}
      </div>
      <PhoneField
        label="Their WhatsApp number"
        hint="They get one WhatsApp message with your name, the topic and a link to join."
        country={country}
        number={number}
        onCountryChange={(value) => {
          setCountry(value as typeof country);
          setServerPhoneError(null);
        }}
        onNumberChange={(value) => {
          setNumber(value);
          setServerPhoneError(null);
        }}
        onBlur={() => setTouched(true)}
        error={serverPhoneError}
        showProblems={touched}
      />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Sending on WhatsApp…' : 'Send the invite on WhatsApp'}
      </button>
    </form>
  );
}

function EmailInvite({ roomId, onSent }: { roomId: string; onSent: (message: string) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkEmail(email);
    setEmailError(problem);
    setFailure(null);
    if (problem) return;
    setBusy(true);
    try {
      const result = await api.post<InviteSent>(roomPath(roomId, 'invite-email'), {
        email: email.trim(),
        recipient_name: name.trim() || undefined,
      });
      onSent(result.message);
      setEmail('');
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) setEmailError(error.message);
      else setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Invite by email">
      <div className="field">
        <label htmlFor={`${id}-name`}>Their name (optional)</label>
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className={emailError ? 'field has-error' : 'field'}>
        <label htmlFor={`${id}-email`}>Their email</label>
        <input
          id={`${id}-email`}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (emailError) setEmailError(checkEmail(event.target.value));
          }}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? `${id}-email-error` : undefined}
        />
        {emailError && (
          <p className="field-error" id={`${id}-email-error`} role="alert">
            <span aria-hidden="true">⚠ </span>
            {emailError}
          </p>
        )}
      </div>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Sending…' : 'Send the invite by email'}
      </button>
    </form>
  );
}

function LinkInvite({
  roomId,
  inviteUrl,
  onNewLink,
}: {
  roomId: string;
  inviteUrl: string | null;
  onNewLink: (url: string) => void;
}) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    if (!inviteUrl) return;
    try {
      await navigator.clipboard.writeText(inviteUrl);
      setCopied('Link copied. Paste it into a message to them.');
    } catch {
      const input = document.getElementById(`${id}-link`) as HTMLInputElement | null;
      input?.select();
      setCopied('Select the link above and copy it.');
    }
  };

  const newLink = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await api.post<{ invite: Invite; invite_url: string }>(
        roomPath(roomId, 'invites'),
        {},
      );
      onNewLink(result.invite_url);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      {inviteUrl ? (
        <>
          <label htmlFor={`${id}-link`}>Invite link (works once, for 7 days)</label>
          <div className="copy-row">
            <input id={`${id}-link`} type="text" readOnly value={inviteUrl} dir="ltr" />
            <button type="button" className="button" onClick={copy}>
              Copy link
            </button>
          </div>
          <p role="status" className="hint">
            {copied}
          </p>
        </>
      ) : (
        <p>
          For your safety, links are shown only once. Make a new link to copy it; earlier links stop
          working.
        </p>
      )}
      <button type="button" className="button secondary" onClick={newLink} disabled={busy}>
        {busy ? 'Making a new link…' : 'Make a new link'}
      </button>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
