/**
 * Proving a WhatsApp number: Meedi8 sends a one-time code to it on WhatsApp and the person types
 * it here. Until then the number gets nothing else and is not linked to the account's chats.
 */
import { type FormEvent, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type { User } from '../api/types';
import { useSetMe } from '../app/session';
import { Field } from '../components/field';

export function PhoneVerification({ me }: { me: User }) {
  const setMe = useSetMe();
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
      const result = await api.post<{ message: string }>('/api/users/me/phone-verification', {});
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
      setCodeError('Enter the 6-digit code from the WhatsApp message.');
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
      <h2 id="verify-phone-heading">Verify your WhatsApp number</h2>
      <p>
        <bdi dir="ltr">{me.phone_number}</bdi> is not verified yet. Meedi8 sends nothing else to it,
        and does not link it to your account, until you enter the code we send to it on WhatsApp.
      </p>
      <button type="button" className="button secondary" onClick={sendCode} disabled={sending}>
        {sending ? 'Sending…' : sent ? 'Send a new code' : 'Send me a code'}
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
        <form onSubmit={confirm} noValidate aria-label="Verify your number">
          <Field label="Code from WhatsApp" error={codeError ?? undefined}>
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
            {checking ? 'Checking…' : 'Verify number'}
          </button>
        </form>
      )}
    </section>
  );
}
