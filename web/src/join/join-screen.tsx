/**
 * The ten-second path for someone who tapped an invite link. One screen: who invited them and
 * about what, their name, an unticked choice of WhatsApp updates, one button. Kept small on
 * purpose (no router, no query or form library; see BENCHMARKS.md): it is often opened on a
 * phone, by someone half-ready to leave.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type { InvitePreview, JoinResponse } from '../api/types';
import { QuickExit } from '../components/quick-exit';
import { formatDate } from '../format/time';
import { checkName, NAME_MAX_LENGTH } from '../forms/validation';
import { closedInviteText } from './closed-invite';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; invite: InvitePreview };

export function JoinScreen({ token }: { token: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    document.title = 'Join a mediation · Meedi8';
    const controller = new AbortController();
    api
      .get<InvitePreview>(`/api/join/${encodeURIComponent(token)}`, controller.signal)
      .then((invite) => setLoaded({ state: 'ready', invite }))
      .catch((error) => {
        if (!controller.signal.aborted)
          setLoaded({ state: 'failed', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [token]);

  return (
    <>
      <header className="site-header">
        <span className="brand">Meedi8</span>
        <QuickExit />
      </header>
      <main className="page narrow" id="main">
        {loaded.state === 'loading' && (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            Opening your invite…
          </p>
        )}
        {loaded.state === 'failed' && <ClosedInvite message={loaded.message} />}
        {loaded.state === 'ready' &&
          (loaded.invite.status === 'pending' ? (
            <JoinForm token={token} invite={loaded.invite} />
          ) : (
            <ClosedInvite message={closedInviteText(loaded.invite)} />
          ))}
      </main>
    </>
  );
}

function ClosedInvite({ message }: { message: string }) {
  return (
    <section aria-labelledby="closed-heading">
      <h1 id="closed-heading">This invite cannot be used</h1>
      <p>{message}</p>
      <p>
        If you already joined on this device, <a href="/rooms">open your mediations</a>.
      </p>
    </section>
  );
}

function JoinForm({ token, invite }: { token: string; invite: InvitePreview }) {
  const id = useId();
  const [name, setName] = useState(invite.recipient_name ?? '');
  const [optIn, setOptIn] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const nameErrorId = `${id}-name-error`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = checkName(name);
    setNameError(problem);
    setFailure(null);
    if (problem) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const joined = await api.post<JoinResponse>(`/api/join/${encodeURIComponent(token)}`, {
        name: name.trim(),
        whatsapp_opt_in: invite.whatsapp_number_hint ? optIn : undefined,
      });
      // Replace, so Back does not return to a used invite.
      window.location.replace(`/rooms/${encodeURIComponent(joined.room_id)}`);
    } catch (error) {
      setFailure(errorMessage(error));
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby="join-heading">
      <h1 id="join-heading">
        <bdi>{invite.inviter_name}</bdi> invited you to talk things through
      </h1>
      <div className="about-card">
        <p className="label">About</p>
        <p className="about-title" dir="auto">
          {invite.room_title}
        </p>
        {invite.topic && (
          <p className="about-topic" dir="auto">
            {invite.topic}
          </p>
        )}
      </div>
      <p>
        Meedi8 is an AI mediator. You take turns; it helps each of you be heard and find an
        agreement you both accept. It is not a therapist or a lawyer, and it is not for situations
        where anyone is being hurt or is afraid.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <div className={nameError ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-name`}>Your name</label>
          <input
            id={`${id}-name`}
            name="name"
            type="text"
            autoComplete="given-name"
            dir="auto"
            maxLength={NAME_MAX_LENGTH + 20}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              if (nameError) setNameError(checkName(event.target.value));
            }}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? nameErrorId : undefined}
          />
          {nameError && (
            <p className="field-error" id={nameErrorId} role="alert">
              <span aria-hidden="true">⚠ </span>
              {nameError}
            </p>
          )}
        </div>
        {invite.whatsapp_number_hint && (
          <div className="check">
            <input
              type="checkbox"
              id={`${id}-whatsapp`}
              name="whatsapp_opt_in"
              checked={optIn}
              onChange={(event) => setOptIn(event.target.checked)}
              aria-describedby={`${id}-whatsapp-hint`}
            />
            <label htmlFor={`${id}-whatsapp`}>
              Send me updates about this mediation on WhatsApp at the number this invite reached (
              <bdi>{invite.whatsapp_number_hint}</bdi>).
            </label>
            <p id={`${id}-whatsapp-hint`} className="hint">
              Optional. Reply STOP on WhatsApp at any time to stop them.
            </p>
          </div>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button wide" disabled={submitting}>
          {submitting ? 'Joining…' : 'Join the mediation'}
        </button>
        <p className="hint">
          No account and no email check. This link works until {formatDate(invite.expires_at)}.
        </p>
      </form>
    </section>
  );
}
