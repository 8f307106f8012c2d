/** Inviting by WhatsApp: their name (optional) and their number with its country. */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, api, errorMessage } from '../../api/client';
import type { InviteSent } from '../../api/types';
import { Field } from '../../components/field';
import { PhoneField } from '../../components/phone-field';
import { checkPhone, defaultCountry, phoneProblemInWords } from '../../forms/phone';
import { checkRecipientName, rule } from '../../forms/validation';
import { roomPath } from '../room-queries';

interface Values {
  name: string;
  number: string;
}

export function WhatsAppInviteForm({
  roomId,
  onSent,
  onFailed,
}: {
  roomId: string;
  onSent: (message: string) => void;
  /** WhatsApp refused the message: the panel offers another way. */
  onFailed: (message: string) => void;
}) {
  const [country, setCountry] = useState<string>(() => defaultCountry(navigator.languages));
  const [phoneTouched, setPhoneTouched] = useState(false);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    reset,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: '', number: '' } });
  const number = watch('number');

  const send = useMutation({
    mutationFn: (body: { phone_number: string; recipient_name?: string }) =>
      api.post<InviteSent>(roomPath(roomId, 'invite-whatsapp'), body),
    onSuccess: (result) => {
      onSent(result.message);
      reset({ name: '', number: '' });
      setPhoneTouched(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422)
        setPhoneError(phoneProblemInWords(error.message));
      else if (error instanceof ApiError && error.code === 'whatsapp_send_failed')
        onFailed(error.message);
    },
  });
  const shownFailure =
    send.error &&
    !(
      send.error instanceof ApiError &&
      (send.error.status === 422 || send.error.code === 'whatsapp_send_failed')
    )
      ? errorMessage(send.error)
      : null;

  const onSubmit = handleSubmit((values) => {
    setPhoneTouched(true);
    const phone = checkPhone(values.number, country);
    if (phone.state === 'empty') {
      setPhoneError('Enter their mobile number.');
      return;
    }
    // A number the shared rules reject still goes to the server, whose message is the word.
    send.mutate({
      phone_number: phone.state === 'valid' ? phone.e164 : values.number.trim(),
      recipient_name: values.name.trim() || undefined,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite by WhatsApp">
      <Field label="Their name (optional)" error={errors.name?.message}>
        <input
          type="text"
          dir="auto"
          autoComplete="off"
          {...register('name', { validate: rule(checkRecipientName) })}
        />
      </Field>
      <PhoneField
        label="Their WhatsApp number"
        hint="They get one WhatsApp message with your name and a link to join."
        country={country}
        number={number}
        onCountryChange={(value) => {
          setCountry(value);
          setPhoneError(null);
        }}
        onNumberChange={(value) => {
          setValue('number', value);
          setPhoneError(null);
        }}
        onBlur={() => setPhoneTouched(true)}
        error={phoneError}
        showProblems={phoneTouched}
      />
      {shownFailure && (
        <p className="form-error" role="alert">
          {shownFailure}
        </p>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? 'Sending on WhatsApp…' : 'Send the invite on WhatsApp'}
      </button>
    </form>
  );
}
