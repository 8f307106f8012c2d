/** Inviting by email: their name (optional) and their address. */
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiError, api, errorMessage } from '../../api/client';
import type { InviteSent } from '../../api/types';
import { Field } from '../../components/field';
import { checkEmail, checkRecipientName, rule } from '../../forms/validation';
import { roomPath } from '../room-queries';

interface Values {
  name: string;
  email: string;
}

export function EmailInviteForm({
  roomId,
  onSent,
}: {
  roomId: string;
  onSent: (message: string) => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: '', email: '' } });

  const send = useMutation({
    mutationFn: (body: { email: string; recipient_name?: string }) =>
      api.post<InviteSent>(roomPath(roomId, 'invite-email'), body),
    onSuccess: (result) => {
      onSent(result.message);
      reset({ name: '', email: '' });
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
    send.mutate({ email: values.email.trim(), recipient_name: values.name.trim() || undefined }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite by email">
      <Field label="Their name (optional)" error={errors.name?.message}>
        <input
          type="text"
          dir="auto"
          maxLength={80}
          {...register('name', { validate: rule(checkRecipientName) })}
        />
      </Field>
      <Field label="Their email" error={errors.email?.message}>
        <input
          type="email"
          inputMode="email"
          autoComplete="off"
          {...register('email', { validate: rule(checkEmail) })}
        />
      </Field>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send the invite by email'}
      </button>
    </form>
  );
}
