/**
 * Proving a WhatsApp number: Meedi8 sends a one-time code to it on WhatsApp and the person types
 * it here. Until then the number gets nothing else and is not linked to the account's chats.
 */
import { type FormEvent, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type { PhoneCodeSent, User } from '../api/types';
import { useSetMe } from '../app/session';
import { Field } from '../components/field';
import { useT } from '../i18n/intl';

export function PhoneVerification({ me }: { me: User }) {
  const setMe = useSetMe();
  const { t, rich } = useT();
  const [sent, setSent] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  if (!me.phone_number || me.phone_number_verified) return null;

  const sendCode = async () => {
    setSending(true);
    setSendError(null);
    try {
      const result = await api.post<PhoneCodeSent>('/api/users/me/phone-verification', {});
      setSent(result.message);
    } catch (error) {
      setSendError(errorMessage(error));
    } finally {
      setSending(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/[\s-]/g, ''))) {
      setCodeError(t('verify.codeMissing'));
      return;
    }
    setChecking(true);
    setCodeError(null);
    try {
      setMe(await api.post<User>('/api/users/me/phone-verification/confirm', { code }));
    } catch (error) {
      setCodeError(errorMessage(error));
    } finally {
      setChecking(false);
    }
  };

  return (
    <section aria-labelledby="verify-phone-heading" className="verify-phone">
      <h2 id="verify-phone-heading">{t('verify.title')}</h2>
      <p>
        {rich('verify.text', {
          number: me.phone_number,
          bdi: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
        })}
      </p>
      <button type="button" className="button secondary" onClick={sendCode} disabled={sending}>
        {sending ? t('action.sending') : sent ? t('verify.resend') : t('verify.send')}
      </button>
      {sendError && (
        <p className="form-error" role="alert">
          {sendError}
        </p>
      )}
      {sent && (
        <p className="form-ok" role="status">
          {sent}
        </p>
      )}
      {sent && (
        <form onSubmit={confirm} noValidate aria-label={t('verify.formLabel')}>
          <Field label={t('verify.code')} error={codeError ?? undefined}>
            <input
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={9}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </Field>
          <button type="submit" className="button" disabled={checking}>
            {checking ? t('verify.checking') : t('verify.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
