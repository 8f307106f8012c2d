/** `/rooms/:roomId/resolution`: the agreement both people reached, printable, with its PDF. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { Resolution, User } from '../api/types';
import { RequireSignIn } from '../app/session';
import { usePageTitle } from '../app/use-title';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { formatDate, formatDateTime } from '../format/time';
import { useT } from '../i18n/intl';
import { confirmationLines, confirmationText } from '../room/agreement-panel';
import { roomPath } from '../room/room-queries';

export function Component() {
  usePageTitle('agreement.title');
  const { roomId = '' } = useParams();
  return <RequireSignIn>{(me) => <ResolutionView roomId={roomId} me={me} />}</RequireSignIn>;
}

function ResolutionView({ roomId, me }: { roomId: string; me: User }) {
  const { t, rich, intl } = useT();
  const resolution = useQuery({
    queryKey: ['resolution', roomId],
    queryFn: ({ signal }) => api.get<Resolution>(roomPath(roomId, 'resolution'), signal),
  });
  if (resolution.isPending) return <PageLoading label={t('resolution.loading')} />;
  if (resolution.isError) {
    return (
      <main className="page narrow" id="main">
        <h1>{t('resolution.errorTitle')}</h1>
        <ErrorPanel error={resolution.error} onRetry={() => resolution.refetch()} />
        <p>
          <Link to={`/rooms/${roomId}`}>{t('resolution.back')}</Link>
        </p>
      </main>
    );
  }
  const { agreement, resolved_at, participants } = resolution.data;
  const confirmations = agreement.confirmations;
  const names = participants.map((p) => p.name);
  const whoCommits = (userId: string | null) =>
    userId === me.id
      ? t('who.you')
      : (participants.find((p) => p.user_id === userId)?.name ?? t('who.both'));
  return (
    <main className="page narrow" id="main">
      <p className="no-print">
        <Link to={`/rooms/${roomId}`}>
          <span aria-hidden="true" className="flip">
            ←{' '}
          </span>
          {t('resolution.back')}
        </Link>
      </p>
      <h1>{t('resolution.title')}</h1>
      <p>
        {rich('resolution.between', {
          names: intl.formatList(names, { type: 'conjunction' }),
          date: formatDate(resolved_at),
          bdi: (chunks) => <bdi>{chunks}</bdi>,
        })}
      </p>
      {agreement.commitments.length > 0 && (
        <>
          <h2>{t('resolution.commitments')}</h2>
          <ul className="commitments">
            {agreement.commitments.map((commitment) => (
              <li key={`${commitment.participant_id}:${commitment.text}`}>
                <strong>
                  <bdi>{whoCommits(commitment.participant_id)}</bdi>:
                </strong>{' '}
                <span dir="auto">{commitment.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <article className="agreement" aria-label={t('resolution.textLabel')}>
        <p className="pre" dir="auto">
          {agreement.text}
        </p>
      </article>
      <h2>{t('resolution.confirmations')}</h2>
      {confirmations.length > 0 && (
        <p>
          {agreement.proposed_by
            ? rich('resolution.proposedBy', {
                name: whoCommits(agreement.proposed_by),
                bdi: (chunks) => <bdi>{chunks}</bdi>,
              })
            : t('resolution.drafted')}
        </p>
      )}
      {confirmations.length > 0 ? (
        <ul className="confirmations">
          {confirmationLines(participants, confirmations, me.id).map((line) => {
            const at = [...confirmations].reverse().find((c) => c.user_id === line.userId)?.at;
            return (
              <li key={line.userId}>
                <span aria-hidden="true">{line.state === 'confirmed' ? '✓ ' : '○ '}</span>
                {confirmationText(
                  line,
                  at && line.state === 'confirmed' ? formatDateTime(at) : undefined,
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('resolution.recorded', { date: formatDateTime(resolved_at) })}</p>
      )}
      <p className="actions no-print">
        <a className="button" href={roomPath(roomId, 'resolution.pdf')} download>
          {t('resolution.pdf')}
        </a>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('resolution.print')}
        </button>
      </p>
      <p className="hint">{t('resolution.notContract')}</p>
    </main>
  );
}
