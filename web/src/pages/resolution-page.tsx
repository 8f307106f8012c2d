/** `/rooms/:roomId/resolution`: the agreement both people reached, printable, with its PDF. */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { Resolution, User } from '../api/types';
import { RequireSignIn } from '../app/session';
import { useTitle } from '../app/use-title';
import { ErrorPanel } from '../components/error-panel';
import { PageLoading } from '../components/page-loading';
import { formatDate, formatDateTime } from '../format/time';
import { confirmationLines } from '../room/agreement-panel';
import { roomPath } from '../room/room-queries';

export function Component() {
  useTitle('Agreement');
  const { roomId = '' } = useParams();
  return <RequireSignIn>{(me) => <ResolutionView roomId={roomId} me={me} />}</RequireSignIn>;
}

function ResolutionView({ roomId, me }: { roomId: string; me: User }) {
  const resolution = useQuery({
    queryKey: ['resolution', roomId],
    queryFn: ({ signal }) => api.get<Resolution>(roomPath(roomId, 'resolution'), signal),
  });
  if (resolution.isPending) return <PageLoading label="Loading the agreement…" />;
  if (resolution.isError) {
    return (
      <main className="page narrow" id="main">
        <h1>The agreement</h1>
        <ErrorPanel error={resolution.error} onRetry={() => resolution.refetch()} />
        <p>
          <Link to={`/rooms/${roomId}`}>Back to the mediation</Link>
        </p>
      </main>
    );
  }
  const { agreement, resolved_at, participants } = resolution.data;
  const confirmations = agreement.confirmations;
  const names = participants.map((p) => p.name);
  const whoCommits = (userId: string | null) =>
    userId === me.id
      ? 'You'
      : (participants.find((p) => p.user_id === userId)?.name ?? 'Both of you');
  return (
    <main className="page narrow" id="main">
      <p className="no-print">
        <Link to={`/rooms/${roomId}`}>← Back to the mediation</Link>
      </p>
      <h1>Our agreement</h1>
      <p>
        Between <bdi>{names.join(' and ')}</bdi>, reached on {formatDate(resolved_at)} with the help
        of Meedi8, an AI mediator.
      </p>
      {agreement.commitments.length > 0 && (
        <>
          <h2>What each of you will do</h2>
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
      <article className="agreement" aria-label="Agreement text">
        <p className="pre" dir="auto">
          {agreement.text}
        </p>
      </article>
      <h2>Confirmations</h2>
      {confirmations.length > 0 && (
        <p>
          {agreement.proposed_by ? (
            <>
              Proposed by <bdi>{whoCommits(agreement.proposed_by)}</bdi>.
            </>
          ) : (
            'Drafted by the mediator from what you both said.'
          )}
        </p>
      )}
      {confirmations.length > 0 ? (
        <ul className="confirmations">
          {confirmationLines(participants, confirmations, me.id).map((line) => {
            const at = [...confirmations].reverse().find((c) => c.user_id === line.userId)?.at;
            return (
              <li key={line.userId}>
                <span aria-hidden="true">{line.text === 'confirmed' ? '✓ ' : '○ '}</span>
                <bdi>{line.who}</bdi> {line.text}
                {at && line.text === 'confirmed' ? ` on ${formatDateTime(at)}` : ''}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>Recorded as agreed on {formatDateTime(resolved_at)}.</p>
      )}
      <p className="actions no-print">
        <a className="button" href={roomPath(roomId, 'resolution.pdf')} download>
          Download PDF
        </a>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <p className="hint">
        This agreement is a record of what you both said you would do. It is not a legal contract.
      </p>
    </main>
  );
}
