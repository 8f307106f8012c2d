/**
 * The agreement: ask the mediator for a draft, read it as concrete commitments, and each person
 * confirms it or asks for changes. When both confirm, the mediation is resolved.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type {
  AgreementConfirmation,
  AgreementDraft,
  ConfirmAgreementResponse,
  DraftResponse,
  Participant,
  Room,
} from '../api/types';
import { formatDateTime } from '../format/time';
import { rich, useT } from '../i18n/intl';
import { roomKey, roomPath, useAnnouncedDraft } from './room-queries';

export interface ConfirmationLine {
  userId: string;
  /** The viewer's own answer ("You confirmed"). */
  you: boolean;
  name: string;
  state: 'waiting' | 'confirmed' | 'changes_requested';
  note: string | null;
}

/** Each participant's latest answer to the draft. */
export function confirmationLines(
  participants: Pick<Participant, 'user_id' | 'name'>[],
  confirmations: AgreementConfirmation[],
  viewerId: string,
): ConfirmationLine[] {
  return participants.map((p) => {
    const answer = [...confirmations].reverse().find((c) => c.user_id === p.user_id);
    return {
      userId: p.user_id,
      you: p.user_id === viewerId,
      name: p.name,
      state: answer ? answer.decision : 'waiting',
      note: answer?.note ?? null,
    };
  });
}

/** A person's answer in words ("You confirmed", "John asked for changes"), on a date if given. */
export function confirmationText(line: ConfirmationLine, date?: string) {
  const key =
    line.state === 'waiting'
      ? 'answer.waiting'
      : line.state === 'changes_requested'
        ? 'answer.changes'
        : date
          ? 'answer.confirmedOn'
          : 'answer.confirmed';
  return rich(key, {
    you: line.you ? 'yes' : 'no',
    name: line.name,
    date,
    bdi: (chunks) => <bdi>{chunks}</bdi>,
  });
}

export function AgreementPanel({ room, viewerId }: { room: Room; viewerId: string }) {
  const client = useQueryClient();
  const { t } = useT();
  const [localDraft, setLocalDraft] = useState<AgreementDraft | null>(null);
  const announced = useAnnouncedDraft(room.id).data ?? null;
  // The room's open draft when the server includes it; else the newest one seen here.
  const draft =
    room.agreement_draft !== undefined ? room.agreement_draft : (announced ?? localDraft);
  const refresh = () => client.invalidateQueries({ queryKey: roomKey(room.id) });

  const ask = useMutation({
    mutationFn: () => api.post<DraftResponse>(roomPath(room.id, 'agreement/draft')),
    onSuccess: (result) => {
      setLocalDraft(result.agreement);
      void refresh();
    },
  });

  if (room.phase === 'waiting' || room.phase === 'resolved') return null;

  return (
    <section aria-labelledby="agreement-heading" className="no-print">
      <h2 id="agreement-heading">{t('agreement.title')}</h2>
      {draft ? (
        <DraftView
          key={draft.id}
          room={room}
          draft={draft}
          viewerId={viewerId}
          onChange={refresh}
        />
      ) : (
        <p>{t('agreement.intro')}</p>
      )}
      {room.phase === 'active' && (
        <button
          type="button"
          className="button secondary"
          onClick={() => ask.mutate()}
          disabled={ask.isPending}
        >
          {ask.isPending
            ? t('agreement.drafting')
            : draft
              ? t('agreement.askNew')
              : t('agreement.ask')}
        </button>
      )}
      {ask.isError && (
        <p className="form-error" role="alert">
          {errorMessage(ask.error)}
        </p>
      )}
    </section>
  );
}

function DraftView({
  room,
  draft,
  viewerId,
  onChange,
}: {
  room: Room;
  draft: AgreementDraft;
  viewerId: string;
  onChange: () => void;
}) {
  const id = useId();
  const { t, rich } = useT();
  const [changing, setChanging] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  const confirmations = draft.confirmations ?? [];
  const mine = [...confirmations].reverse().find((c) => c.user_id === viewerId);
  const nameOf = (userId: string | null) =>
    userId === viewerId
      ? t('who.you')
      : (room.participants.find((p) => p.user_id === userId)?.name ?? t('who.both'));

  // Each answer names this draft; if a newer one replaced it, the error shows it and the room
  // reloads to the current draft.
  const confirm = useMutation({
    mutationFn: () =>
      api.post<ConfirmAgreementResponse>(
        roomPath(room.id, `agreement/${encodeURIComponent(draft.id)}/confirm`),
      ),
    onSuccess: onChange,
    onError: onChange,
  });
  const requestChanges = useMutation({
    mutationFn: (text: string) =>
      api.post(roomPath(room.id, `agreement/${encodeURIComponent(draft.id)}/request-changes`), {
        note: text,
      }),
    onSuccess: () => {
      setChanging(false);
      setNote('');
      setAsked(true);
      onChange();
    },
    onError: onChange,
  });

  const submitChanges = (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    if (!text) {
      setNoteError(t('agreement.noteMissing'));
      return;
    }
    if (text.length > 1000) {
      setNoteError(t('check.atMost', { max: 1000 }));
      return;
    }
    setNoteError(null);
    requestChanges.mutate(text);
  };

  const canAnswer = Boolean(draft.id) && room.phase === 'active';
  return (
    <article className="agreement" aria-label={t('agreement.draftLabel')}>
      <p className="label">
        {draft.proposed_by
          ? rich('agreement.proposedBy', {
              name: nameOf(draft.proposed_by),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })
          : t('agreement.draft')}
        {draft.created_at
          ? ` ${t('agreement.draftOf', { date: formatDateTime(draft.created_at) })}`
          : ''}
      </p>
      {draft.summary && (
        <p>
          <strong>{draft.summary}</strong>
        </p>
      )}
      {draft.commitments.length > 0 && (
        <>
          <h3>{t('agreement.commitments')}</h3>
          <ul className="commitments">
            {draft.commitments.map((commitment) => (
              <li key={`${commitment.participant_id}:${commitment.text}`}>
                <strong>
                  <bdi>{nameOf(commitment.participant_id)}</bdi>:
                </strong>{' '}
                <span>{commitment.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {draft.text && (
        <details className="panel">
          <summary>{t('agreement.fullText')}</summary>
          <p className="pre">{draft.text}</p>
        </details>
      )}
      <h3>{t('agreement.answers')}</h3>
      <ul className="confirmations">
        {confirmationLines(room.participants, confirmations, viewerId).map((line) => (
          <li key={line.userId}>
            <span aria-hidden="true">
              {line.state === 'confirmed' ? '✓ ' : line.state === 'changes_requested' ? '✎ ' : '○ '}
            </span>
            {confirmationText(line)}
            {line.note && (
              <>
                : <q dir="auto">{line.note}</q>
              </>
            )}
          </li>
        ))}
      </ul>
      {canAnswer && mine?.decision !== 'confirmed' && (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => confirm.mutate()}
            disabled={confirm.isPending}
          >
            {confirm.isPending ? t('agreement.confirming') : t('agreement.confirm')}
          </button>
          <button
            type="button"
            className="button secondary"
            aria-expanded={changing}
            aria-controls={`${id}-changes`}
            onClick={() => setChanging(!changing)}
          >
            {t('agreement.askChanges')}
          </button>
        </div>
      )}
      {changing && (
        <form id={`${id}-changes`} onSubmit={submitChanges} noValidate>
          <div className={noteError ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-note`}>{t('agreement.noteLabel')}</label>
            <textarea
              id={`${id}-note`}
              dir="auto"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={noteError ? `${id}-note-error` : undefined}
            />
            {noteError && (
              <p className="field-error" id={`${id}-note-error`} role="alert">
                {noteError}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={requestChanges.isPending}>
            {requestChanges.isPending ? t('action.sending') : t('agreement.sendChanges')}
          </button>
        </form>
      )}
      {(confirm.isError || requestChanges.isError) && (
        <p className="form-error" role="alert">
          {errorMessage(confirm.error ?? requestChanges.error)}
        </p>
      )}
      {mine?.decision === 'confirmed' && (
        <p className="form-ok" role="status">
          {t('agreement.youConfirmed')}
        </p>
      )}
      {(asked || mine?.decision === 'changes_requested') && (
        <p className="form-ok" role="status">
          {t('agreement.changeShared')}
        </p>
      )}
    </article>
  );
}
