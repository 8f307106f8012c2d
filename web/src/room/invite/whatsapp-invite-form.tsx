/** Inviting by WhatsApp: their name (optional) and their number with its country. */
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiError, api, errorMessage } from '../../api/client';
import type { InviteWhatsAppSent } from '../../api/types';
import { Field } from '../../components/field';
import { PhoneField } from '../../components/phone-field';
import { checkPhone, phoneProblemInWords } from '../../forms/phone';
import { usePhoneField } from '../../forms/use-phone-field';
import { checkRecipientName, rule } from '../../forms/validation';
import { useT } from '../../i18n/intl';
import { roomPath } from '../room-queries';
import { RecipientLanguageField } from './recipient-language';

interface Values {
  name: string;
  number: string;
  /** Empty: the inviter's own language. */
  locale: string;
}

export function WhatsAppInviteForm({
  roomId,
  onSent,
  onFailed,
}: {
  roomId: string;
  /** The invite is on its way: what to tell the person, and which invite it is. */
  onSent: (message: string, inviteId: string) => void;
  /** WhatsApp refused the message: the panel offers another way. */
  onFailed: (message: string) => void;
}) {
  const phoneField = usePhoneField();
  const { t } = useT();
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    reset,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: '', number: '', locale: '' } });
  const number = watch('number');

  const send = useMutation({
    mutationFn: (body: {
      phone_number: string;
      recipient_name?: string;
      recipient_locale?: string;
    }) => api.post<InviteWhatsAppSent>(roomPath(roomId, 'invite-whatsapp'), body),
    onSuccess: (result) => {
      onSent(result.message, result.invite.id);
      reset({ name: '', number: '', locale: '' });
      phoneField.setTouched(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422)
        phoneField.setError(phoneProblemInWords(error.message));
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
    phoneField.setTouched(true);
    const phone = checkPhone(values.number, phoneField.country);
    if (phone.state === 'empty') {
      phoneField.setError(t('invite.numberMissing'));
      return;
    }
    // A number the shared rules reject still goes to the server, whose message is the word.
    send.mutate({
      phone_number: phone.state === 'valid' ? phone.e164 : values.number.trim(),
      recipient_name: values.name.trim() || undefined,
      recipient_locale: values.locale || undefined,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('invite.byWhatsApp')}>
      <Field label={t('invite.theirName')} error={errors.name?.message}>
        <input
          type="text"
          dir="auto"
          autoComplete="off"
          {...register('name', { validate: rule(checkRecipientName) })}
        />
      </Field>
      <PhoneField
        label={t('invite.theirNumber')}
        hint={t('invite.numberHint')}
        {...phoneField.fieldProps(number, (value) => setValue('number', value))}
      />
      <RecipientLanguageField registration={register('locale')} />
      {shownFailure && (
        <p className="form-error" role="alert">
          {shownFailure}
        </p>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending ? t('invite.sendingWhatsApp') : t('invite.sendWhatsApp')}
      </button>
    </form>
  );
}
