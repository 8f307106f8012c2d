/**
 * The ten-second path for someone who tapped an invite link. One screen: who invited them and
 * about what, their name, an unticked choice of WhatsApp updates, one button. Kept small on
 * purpose (no router, no query or form library; see BENCHMARKS.md): it is often opened on a
 * phone, by someone half-ready to leave. It speaks the language the inviter said the person
 * reads (or theirs, if they are signed in), with a switch to any other.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Locale } from '../../../src/i18n/locales';
import { api, errorMessage } from '../api/client';
import type { InvitePreview, JoinResponse, User } from '../api/types';
import { QuickExit } from '../components/quick-exit';
import { formatDate } from '../format/time';
import { checkName, NAME_MAX_LENGTH } from '../forms/validation';
import { browserLanguage } from '../i18n/browser-language';
import { useT } from '../i18n/intl';
import { LanguageSwitch } from '../i18n/language-switch';
import { useLocaleControl } from '../i18n/locale-root';
import { closedInviteText } from './closed-invite';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; invite: InvitePreview };

export function JoinScreen({ token }: { token: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const { t } = useT();
  const { locale, setSource } = useLocaleControl();
  const [chosen, setChosen] = useState<Locale | null>(null);

  const title = t('join.pageTitle');
  useEffect(() => {
    document.title = `${title} · Meedi8`;
  }, [title]);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<InvitePreview>(`/api/join/${encodeURIComponent(token)}`, controller.signal)
      .then((invite) => {
        setSource('invite', invite.recipient_locale);
        setLoaded({ state: 'ready', invite });
      })
      .catch((error) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', error });
      });
    // Someone signed in on this device reads their own language (a 401 just means a guest).
    api
      .get<User>('/api/users/me', controller.signal)
      .then((me) => setSource('user', me.locale))
      .catch(() => undefined);
    return () => controller.abort();
  }, [token, setSource]);

  const choose = (next: Locale) => {
    setChosen(next);
    setSource('chosen', next);
  };

  return (
    <>
      <header className="site-header">
        <span className="brand">Meedi8</span>
        <LanguageSwitch value={chosen ?? locale} onChange={choose} />
        <QuickExit />
      </header>
      <main className="page narrow" id="main">
        {loaded.state === 'loading' && (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('join.opening')}
          </p>
        )}
        {loaded.state === 'failed' && <ClosedInvite message={errorMessage(loaded.error)} />}
        {loaded.state === 'ready' &&
          (loaded.invite.status === 'pending' ? (
            <JoinForm token={token} invite={loaded.invite} chosen={chosen} />
          ) : (
            <ClosedInvite message={closedInviteText(loaded.invite)} />
          ))}
      </main>
    </>
  );
}

function ClosedInvite({ message }: { message: string }) {
  const { t, rich } = useT();
  return (
    <section aria-labelledby="closed-heading">
      <h1 id="closed-heading">{t('join.closedTitle')}</h1>
      <p>{message}</p>
      <p>{rich('join.closedRooms', { a: (chunks) => <a href="/rooms">{chunks}</a> })}</p>
    </section>
  );
}

function JoinForm({
  token,
  invite,
  chosen,
}: {
  token: string;
  invite: InvitePreview;
  /** A language picked with the switch: sent as the person's choice. */
  chosen: Locale | null;
}) {
  const id = useId();
  const { t, rich } = useT();
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
        locale: chosen ?? undefined,
        browser_locale: browserLanguage(),
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
        {rich('join.heading', {
          inviter: invite.inviter_name,
          bdi: (chunks) => <bdi>{chunks}</bdi>,
        })}
      </h1>
      <div className="about-card">
        <p className="label">{t('join.about')}</p>
        <p className="about-title" dir="auto">
          {invite.room_title}
        </p>
        {invite.topic && (
          <p className="about-topic" dir="auto">
            {invite.topic}
          </p>
        )}
      </div>
      <p>{t('join.what')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className={nameError ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-name`}>{t('field.yourName')}</label>
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
              {rich('join.whatsappOptIn', {
                number: invite.whatsapp_number_hint,
                bdi: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
              })}
            </label>
            <p id={`${id}-whatsapp-hint`} className="hint">
              {t('join.whatsappHint')}
            </p>
          </div>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button wide" disabled={submitting}>
          {submitting ? t('join.joining') : t('join.submit')}
        </button>
        <p className="hint">{t('join.noAccount', { date: formatDate(invite.expires_at) })}</p>
      </form>
    </section>
  );
}
