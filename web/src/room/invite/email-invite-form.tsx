/** Inviting by email: their name (optional) and their address. */
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiError, api, errorMessage } from '../../api/client';
import type { InviteEmailSent } from '../../api/types';
import { Field } from '../../components/field';
import { checkEmail, checkRecipientName, rule } from '../../forms/validation';
import { useT } from '../../i18n/intl';
import { roomPath } from '../room-queries';
import { RecipientLanguageField } from './recipient-language';

interface Values {
  name: string;
  email: string;
  /** Empty: the inviter's own language. */
  locale: string;
}

export function EmailInviteForm({
  roomId,
  onSent,
}: {
  roomId: string;
  /** The invite is on its way: what to tell the person, and which invite it is. */
  onSent: (message: string, inviteId: string) => void;
}) {
  const { t } = useT();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: '', email: '', locale: '' } });

  const send = useMutation({
    mutationFn: (body: { email: string; recipient_name?: string; recipient_locale?: string }) =>
      api.post<InviteEmailSent>(roomPath(roomId, 'invite-email'), body),
    onSuccess: (result) => {
      onSent(result.message, result.invite.id);
      reset({ name: '', email: '', locale: '' });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422)
        setError('email', { message: error.message });
    },
  });
  const failure =
    send.error && !(send.error instanceof ApiError && send.error.status === 422)
      ? errorMessage(send.error)
      : null;

  const onSubmit = handleSubmit((values) =>
    send.mutate({
      email: values.email.trim(),
      recipient_name: values.name.trim() || undefined,
      recipient_locale: values.locale || undefined,
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('invite.byEmail')}>
      <Field label={t('invite.theirName')} error={errors.name?.message}>
        <input
          type="text"
          dir="auto"
          maxLength={80}
          {...register('name', { validate: rule(checkRecipientName) })}
        />
      </Field>
      <Field label={t('invite.theirEmail')} error={errors.email?.message}>
        <input
          type="email"
          inputMode="email"
          autoComplete="off"
          {...register('email', { validate: rule(checkEmail) })}
        />
      </Field>
      <RecipientLanguageField registration={register('locale')} />
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t('action.sending') : t('invite.sendEmail')}
      </button>
    </form>
  );
}
