/**
 * The agreement: ask the mediator for a draft, read it as concrete commitments, and each person
 * confirms it or asks for changes. When both confirm, the mediation is resolved.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type { AgreementConfirmation, AgreementDraft, Participant, Room } from '../api/types';
import { formatDateTime } from '../format/time';
import { roomKey, roomPath, useAnnouncedDraft } from './room-queries';

/** Each participant's answer to the draft, in words. */
export function confirmationLines(
  participants: Pick<Participant, 'user_id' | 'name'>[],
  confirmations: AgreementConfirmation[],
  viewerId: string,
): { userId: string; who: string; text: string; note: string | null }[] {
  return participants.map((p) => {
    const answer = [...confirmations].reverse().find((c) => c.user_id === p.user_id);
    const you = p.user_id === viewerId;
    const who = you ? 'You' : p.name;
    if (!answer)
      return {
        userId: p.user_id,
        who,
        text: you ? 'have not answered yet' : 'has not answered yet',
        note: null,
      };
    return {
      userId: p.user_id,
      who,
      text: answer.decision === 'confirmed' ? 'confirmed' : 'asked for changes',
      note: answer.note,
    };
  });
}

export function AgreementPanel({ room, viewerId }: { room: Room; viewerId: string }) {
  const client = useQueryClient();
  const [localDraft, setLocalDraft] = useState<AgreementDraft | null>(null);
  const announced = useAnnouncedDraft(room.id).data ?? null;
  // The room's open draft when the server includes it; else the newest one seen here.
  const draft =
    room.agreement_draft !== undefined ? room.agreement_draft : (announced ?? localDraft);
  const refresh = () => client.invalidateQueries({ queryKey: roomKey(room.id) });

  const ask = useMutation({
    mutationFn: () => api.post<{ agreement: AgreementDraft }>(roomPath(room.id, 'agreement/draft')),
    onSuccess: (result) => {
      setLocalDraft(result.agreement);
      void refresh();
    },
  });

  if (room.phase === 'waiting' || room.phase === 'resolved') return null;

  return (
    <section aria-labelledby="agreement-heading" className="no-print">
      <h2 id="agreement-heading">Agreement</h2>
      {draft ? (
        <DraftView
          key={draft.id}
          room={room}
          draft={draft}
          viewerId={viewerId}
          onChange={refresh}
        />
      ) : (
        <p>
          When you both feel heard and have talked about options, the mediator can draft an
          agreement from what you said. You can each confirm it or ask for changes.
        </p>
      )}
      {room.phase === 'active' && (
        <button
          type="button"
          className="button secondary"
          onClick={() => ask.mutate()}
          disabled={ask.isPending}
        >
          {ask.isPending
            ? 'The mediator is drafting…'
            : draft
              ? 'Ask for a new draft'
              : 'Ask the mediator for a draft agreement'}
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
  const [changing, setChanging] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  const confirmations = draft.confirmations ?? [];
  const mine = [...confirmations].reverse().find((c) => c.user_id === viewerId);
  const nameOf = (userId: string | null) =>
    userId === viewerId
      ? 'You'
      : (room.participants.find((p) => p.user_id === userId)?.name ?? 'Both of you');

  // Each answer names this draft; if a newer one replaced it, the error shows it and the room
  // reloads to the current draft.
  const confirm = useMutation({
    mutationFn: () =>
      api.post<{ success: boolean; resolved: boolean; phase: string }>(
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
      setNoteError('Say what you would like changed, so the mediator can redraft it.');
      return;
    }
    if (text.length > 1000) {
      setNoteError('Use at most 1000 characters.');
      return;
    }
    setNoteError(null);
    requestChanges.mutate(text);
  };

  const canAnswer = Boolean(draft.id) && room.phase === 'active';
  return (
    <article className="agreement" aria-label="Draft agreement">
      <p className="label">
        {draft.proposed_by ? (
          <>
            Proposed by <bdi>{nameOf(draft.proposed_by)}</bdi>
          </>
        ) : (
          'Draft'
        )}
        {draft.created_at ? ` of ${formatDateTime(draft.created_at)}` : ''}
      </p>
      {draft.summary && (
        <p>
          <strong>{draft.summary}</strong>
        </p>
      )}
      {draft.commitments.length > 0 && (
        <>
          <h3>Commitments</h3>
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
          <summary>Full text</summary>
          <p className="pre">{draft.text}</p>
        </details>
      )}
      <h3>Answers</h3>
      <ul className="confirmations">
        {confirmationLines(room.participants, confirmations, viewerId).map((line) => (
          <li key={line.userId}>
            <span aria-hidden="true">
              {line.text === 'confirmed' ? '✓ ' : line.text === 'asked for changes' ? '✎ ' : '○ '}
            </span>
            <bdi>{line.who}</bdi> {line.text}
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
            {confirm.isPending ? 'Confirming…' : 'I confirm this agreement'}
          </button>
          <button
            type="button"
            className="button secondary"
            aria-expanded={changing}
            aria-controls={`${id}-changes`}
            onClick={() => setChanging(!changing)}
          >
            Ask for changes
          </button>
        </div>
      )}
      {changing && (
        <form id={`${id}-changes`} onSubmit={submitChanges} noValidate>
          <div className={noteError ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-note`}>What would you change?</label>
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
            {requestChanges.isPending ? 'Sending…' : 'Send my change request'}
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
          You confirmed this draft. Waiting for the other person.
        </p>
      )}
      {(asked || mine?.decision === 'changes_requested') && (
        <p className="form-ok" role="status">
          Your change was shared. The mediator is making a new draft with it; it will appear here.
        </p>
      )}
    </article>
  );
}
