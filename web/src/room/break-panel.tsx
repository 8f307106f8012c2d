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
  const brk = room.break;
  const elapsed = useElapsed(brk?.started_at ?? new Date().toISOString());
  if (!brk) return null;
  const mine = brk.started_by === viewerId;
  return (
    <section className="notice" aria-labelledby="break-heading">
      <h2 id="break-heading">The session is paused</h2>
      {!mine ? (
        <p>It carries on when the other person resumes it. There is nothing you need to do.</p>
      ) : room.safety_paused ? (
        <p>
          You paused this session. The other person sees only that it is paused. Only you can resume
          it, when you feel ready.
        </p>
      ) : (
        <p>
          You asked for a break at {formatTime(brk.started_at)}
          {brk.reason ? (
            <>
              : <q dir="auto">{brk.reason}</q>
            </>
          ) : (
            '.'
          )}{' '}
          The other person sees only that the session is paused.
        </p>
      )}
      <p>
        Paused for{' '}
        <span className="timer" aria-hidden="true">
          {formatElapsed(elapsed)}
        </span>
        <span className="visually-hidden">{describeElapsed(elapsed)}</span>
      </p>
      {mine && (
        <button
          type="button"
          className="button"
          onClick={() => resume.mutate(undefined)}
          disabled={resume.isPending}
        >
          {resume.isPending ? 'Resuming…' : 'Resume the mediation'}
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
          Take a break
        </button>
        <button
          type="button"
          className="button secondary small"
          aria-expanded={open === 'safety'}
          aria-controls={`${id}-safety`}
          onClick={() => setOpen(open === 'safety' ? null : 'safety')}
        >
          Pause for safety
        </button>
      </div>
      {open === 'break' && (
        <form id={`${id}-break`} className="card" onSubmit={submitBreak} noValidate>
          <div className={problem ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-reason`}>Reason (optional, only you see it)</label>
            <input
              id={`${id}-reason`}
              type="text"
              dir="auto"
              placeholder="For example: I need ten minutes"
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
            {takeBreak.isPending ? 'Starting the break…' : 'Start the break'}
          </button>
        </form>
      )}
      {open === 'safety' && (
        <div id={`${id}-safety`} className="card">
          <p>
            This pauses the session straight away. The other person sees only that the session is
            paused, exactly as for a break, never why. Nobody can write until you resume.
          </p>
          <p>
            If you are in danger, call your local emergency number. If you need to leave this page
            quickly, use <strong>Quick exit</strong> at the top, or press Escape twice.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => pause.mutate(undefined, { onSuccess: () => setOpen(null) })}
            disabled={pause.isPending}
          >
            {pause.isPending ? 'Pausing…' : 'Pause the session now'}
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
