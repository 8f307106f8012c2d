/**
 * Breaks: ask for one with a short reason, see how long it has lasted (both people see the same
 * timer), resume. A break and "Pause for safety" both pause the session so that only this person
 * can resume it, and the other learns only that it is paused.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { api, errorMessage } from '../api/client';
import type { Room } from '../api/types';
import { describeElapsed, formatElapsed, formatTime } from '../format/time';
import { BREAK_REASON_MAX_LENGTH, checkMaxLength } from '../forms/validation';
import { useT } from '../i18n/intl';
import { roomKey, roomPath } from './room-queries';

/** Seconds-ticking elapsed time since `since`. */
function useElapsed(since: string): number {
  const start = new Date(since).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, now - start);
}

function useRoomAction(room: Room, action: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body?: unknown) => api.post(roomPath(room.id, action), body),
    onSuccess: () => client.invalidateQueries({ queryKey: roomKey(room.id) }),
  });
}

/**
 * The banner of a paused room, with its timer. The person who paused sees why and can resume;
 * the other person sees only that the session is paused, the same for a break and a safety pause.
 */
export function BreakBanner({ room, viewerId }: { room: Room; viewerId: string }) {
  const resume = useRoomAction(room, 'resume');
  const { t, rich } = useT();
  const brk = room.break;
  const elapsed = useElapsed(brk?.started_at ?? new Date().toISOString());
  if (!brk) return null;
  const mine = brk.started_by === viewerId;
  return (
    <section className="notice" aria-labelledby="break-heading">
      <h2 id="break-heading">{t('turn.paused')}</h2>
      {!mine ? (
        <p>{t('break.theirs')}</p>
      ) : room.safety_paused ? (
        <p>{t('break.safetyMine')}</p>
      ) : (
        <p>
          {brk.reason
            ? rich('break.mineReason', {
                time: formatTime(brk.started_at),
                reason: brk.reason,
                q: (chunks) => <q dir="auto">{chunks}</q>,
              })
            : t('break.mine', { time: formatTime(brk.started_at) })}{' '}
          {t('break.otherSees')}
        </p>
      )}
      <p>
        {rich('break.pausedFor', {
          timer: formatElapsed(elapsed),
          words: describeElapsed(elapsed),
          shown: (chunks) => (
            <span className="timer" aria-hidden="true" dir="ltr">
              {chunks}
            </span>
          ),
          spoken: (chunks) => <span className="visually-hidden">{chunks}</span>,
        })}
      </p>
      {mine && (
        <button
          type="button"
          className="button"
          onClick={() => resume.mutate(undefined)}
          disabled={resume.isPending}
        >
          {resume.isPending ? t('break.resuming') : t('break.resume')}
        </button>
      )}
      {resume.isError && (
        <p className="form-error" role="alert">
          {errorMessage(resume.error)}
        </p>
      )}
    </section>
  );
}

/** Asking for a break (with an optional short reason) or pausing for safety. */
export function BreakControls({ room }: { room: Room }) {
  const id = useId();
  const { t, rich } = useT();
  const [open, setOpen] = useState<'break' | 'safety' | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const takeBreak = useRoomAction(room, 'break');
  const pause = useRoomAction(room, 'safety-pause');
  if (room.phase !== 'active') return null;

  const submitBreak = (event: FormEvent) => {
    event.preventDefault();
    const issue = checkMaxLength(reason, BREAK_REASON_MAX_LENGTH);
    setProblem(issue);
    if (issue) return;
    takeBreak.mutate(reason.trim() ? { reason: reason.trim() } : {}, {
      onSuccess: () => {
        setOpen(null);
        setReason('');
      },
    });
  };

  return (
    <div className="no-print">
      <div className="room-tools">
        <button
          type="button"
          className="button secondary small"
          aria-expanded={open === 'break'}
          aria-controls={`${id}-break`}
          onClick={() => setOpen(open === 'break' ? null : 'break')}
        >
          {t('break.take')}
        </button>
        <button
          type="button"
          className="button secondary small"
          aria-expanded={open === 'safety'}
          aria-controls={`${id}-safety`}
          onClick={() => setOpen(open === 'safety' ? null : 'safety')}
        >
          {t('break.safety')}
        </button>
      </div>
      {open === 'break' && (
        <form id={`${id}-break`} className="card" onSubmit={submitBreak} noValidate>
          <div className={problem ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-reason`}>{t('break.reasonLabel')}</label>
            <input
              id={`${id}-reason`}
              type="text"
              dir="auto"
              placeholder={t('break.reasonPlaceholder')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-reason-error` : undefined}
            />
            {problem && (
              <p className="field-error" id={`${id}-reason-error`} role="alert">
                {problem}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={takeBreak.isPending}>
            {takeBreak.isPending ? t('break.starting') : t('break.start')}
          </button>
        </form>
      )}
      {open === 'safety' && (
        <div id={`${id}-safety`} className="card">
          <p>{t('break.safetyText')}</p>
          <p>{rich('break.safetyDanger', { b: (chunks) => <strong>{chunks}</strong> })}</p>
          <button
            type="button"
            className="button"
            onClick={() => pause.mutate(undefined, { onSuccess: () => setOpen(null) })}
            disabled={pause.isPending}
          >
            {pause.isPending ? t('break.pausing') : t('break.pauseNow')}
          </button>
        </div>
      )}
      {(takeBreak.isError || pause.isError) && (
        <p className="form-error" role="alert">
          {errorMessage(takeBreak.error ?? pause.error)}
        </p>
      )}
    </div>
  );
}
