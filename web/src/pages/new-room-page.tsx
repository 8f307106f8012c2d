/** `/rooms/new`: what the mediation is about, then inviting the other person. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, errorMessage } from '../api/client';
import type { Room, User } from '../api/types';
import { RequireSignIn } from '../app/session';
import { useTitle } from '../app/use-title';
import { Field } from '../components/field';
import { checkMaxLength, rule, TITLE_MAX_LENGTH, TOPIC_MAX_LENGTH } from '../forms/validation';
import { InvitePanel } from '../room/invite-panel';

export function Component() {
  useTitle('New mediation');
  return <RequireSignIn>{(me) => <NewRoom me={me} />}</RequireSignIn>;
}

interface Values {
  title: string;
  topic: string;
}

function NewRoom({ me }: { me: User }) {
  const [created, setCreated] = useState<Room | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
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
        <h1>Start a mediation</h1>
        <p>
          You joined as a guest, so you can take part in the mediation you were invited to. To start
          one of your own, create an account.
        </p>
      </main>
    );
  }

  return (
    <main className="page narrow" id="main">
      <h1>Start a mediation</h1>
      {created ? (
        <>
          <p className="form-ok" role="status">
            <strong dir="auto">{created.title}</strong> is ready.
          </p>
          <InvitePanel roomId={created.id} inviteUrl={created.invite_url} />
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Field
            label="Title (optional)"
            hint="A few words both of you will recognise, like “Weekend chores”."
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
            label="What is it about? (optional)"
            hint="The other person sees this in the invite. Keep it neutral: describe the issue, not the person."
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
            {isSubmitting ? 'Creating…' : 'Continue to invite'}
          </button>
        </form>
      )}
    </main>
  );
}
