/**
 * The private screening each person answers before the joint session (and again if a message of
 * theirs was flagged): six questions, each yes, no or not sure (or left out, which skips it).
 * Only Meedi8 sees the answers; the other person learns only that the session has not started yet.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { api, errorMessage } from '../api/client';
import type { Room, ScreeningAnswer, ScreeningQuestions, ScreeningResult } from '../api/types';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { useT, type WebKey } from '../i18n/intl';
import { roomKey, roomPath } from './room-queries';

const CHOICES: [ScreeningAnswer, WebKey][] = [
  ['yes', 'screening.yes'],
  ['no', 'screening.no'],
  ['unsure', 'screening.unsure'],
];

interface Values {
  answers: Record<string, ScreeningAnswer | null>;
}

/**
 * The screening form while the viewer's own screening is needed, then (until the other person has
 * answered too) that the session waits for them. What the answers mean for this person (carry on,
 * or the helplines and the close of the mediation) arrives as the mediator's private message.
 */
export function ScreeningPanel({ room }: { room: Room }) {
  const { t } = useT();
  if (room.phase === 'resolved' || room.phase === 'closed') return null;
  if (room.screening.status === 'needed') return <ScreeningForm roomId={room.id} />;
  if (room.phase === 'screening') {
    return <p role="status">{t('screening.waiting')}</p>;
  }
  return null;
}

function ScreeningForm({ roomId }: { roomId: string }) {
  const id = useId();
  const { t } = useT();
  const client = useQueryClient();
  const questions = useQuery({
    queryKey: ['screening', roomId],
    queryFn: ({ signal }) => api.get<ScreeningQuestions>(roomPath(roomId, 'screening'), signal),
  });
  const { register, handleSubmit } = useForm<Values>({ defaultValues: { answers: {} } });
  const answer = useMutation({
    mutationFn: (answers: Record<string, ScreeningAnswer>) =>
      api.post<ScreeningResult>(roomPath(roomId, 'screening'), { answers }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: roomKey(roomId) });
    },
  });

  const onSubmit = handleSubmit((values) => {
    const answers: Record<string, ScreeningAnswer> = {};
    for (const [question, choice] of Object.entries(values.answers ?? {})) {
      if (choice) answers[question] = choice;
    }
    answer.mutate(answers);
  });

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('screening.title')}</h2>
      <p>{t('screening.intro')}</p>
      {questions.isPending ? (
        <PageLoading label={t('screening.loading')} />
      ) : questions.isError ? (
        <ErrorPanel error={questions.error} onRetry={() => questions.refetch()} />
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <p className="muted">{t('screening.skip')}</p>
          {questions.data.questions.map((question) => (
            <fieldset key={question.id}>
              <legend dir="auto">{question.text}</legend>
              <div className="radio-row">
                {CHOICES.map(([value, label]) => (
                  <label key={value}>
                    <input type="radio" value={value} {...register(`answers.${question.id}`)} />
                    {t(label)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {answer.isError && (
            <p className="form-error" role="alert">
              {errorMessage(answer.error)}
            </p>
          )}
          <button type="submit" className="button" disabled={answer.isPending}>
            {answer.isPending ? t('action.sending') : t('screening.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
