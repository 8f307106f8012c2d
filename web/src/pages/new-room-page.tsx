/** `/rooms/new`: what the mediation is about, then inviting the other person. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, errorMessage } from '../api/client';
import type { Room, User } from '../api/types';
import { RequireSignIn } from '../app/session';
import { usePageTitle } from '../app/use-title';
import { Field } from '../components/field';
import { checkMaxLength, rule, TITLE_MAX_LENGTH, TOPIC_MAX_LENGTH } from '../forms/validation';
import { useT } from '../i18n/intl';
import { InvitePanel } from '../room/invite-panel';

export function Component() {
  usePageTitle('newRoom.pageTitle');
  return <RequireSignIn>{(me) => <NewRoom me={me} />}</RequireSignIn>;
}

interface Values {
  title: string;
  topic: string;
}

function NewRoom({ me }: { me: User }) {
  const [created, setCreated] = useState<Room | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { t, rich } = useT();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { title: '', topic: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const room = await api.post<Room>('/api/rooms', {
        title: values.title.trim() || undefined,
        topic: values.topic.trim() || undefined,
        // A link is made only if the person chooses to copy one.
        invite_link: false,
      });
      setCreated(room);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  });

  if (me.is_guest) {
    return (
      <main className="page narrow" id="main">
        <h1>{t('rooms.start')}</h1>
        <p>{t('newRoom.guest')}</p>
      </main>
    );
  }

  return (
    <main className="page narrow" id="main">
      <h1>{t('rooms.start')}</h1>
      {created ? (
        <>
          <p className="form-ok" role="status">
            {rich('newRoom.ready', {
              title: created.title,
              b: (chunks) => <strong dir="auto">{chunks}</strong>,
            })}
          </p>
          <InvitePanel roomId={created.id} inviteUrl={created.invite_url} />
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Field
            label={t('newRoom.titleLabel')}
            hint={t('newRoom.titleHint')}
            error={errors.title?.message}
          >
            <input
              type="text"
              dir="auto"
              autoComplete="off"
              {...register('title', { validate: rule((v) => checkMaxLength(v, TITLE_MAX_LENGTH)) })}
            />
          </Field>
          <Field
            label={t('newRoom.topicLabel')}
            hint={t('newRoom.topicHint')}
            error={errors.topic?.message}
          >
            <textarea
              dir="auto"
              rows={3}
              {...register('topic', { validate: rule((v) => checkMaxLength(v, TOPIC_MAX_LENGTH)) })}
            />
          </Field>
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('newRoom.creating') : t('newRoom.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
