/**
 * Writing in the room. On your turn the message goes to the mediator; out of turn it is held and
 * shared when your turn comes; on a break or before the other person joins, it says why not.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { MESSAGE_MAX_LENGTH } from '../../../src/domain/limits';
import { api, errorMessage } from '../api/client';
import type { HeldMessage, RespondResponse, Room } from '../api/types';
import { roomKey, roomPath } from './room-queries';

export type ComposerMode = 'turn' | 'hold' | 'closed';

/** What the composer can do for this viewer in this room, and why. */
export function composerMode(
  room: Pick<Room, 'phase' | 'current_turn_user_id'>,
  viewerId: string,
): {
  mode: ComposerMode;
  reason: string;
} {
  if (room.phase === 'waiting')
    return { mode: 'closed', reason: 'You can write once the other person joins.' };
  if (room.phase === 'on_break')
    return { mode: 'closed', reason: 'The session is paused. You can write once it resumes.' };
  if (room.phase === 'screening')
    return {
      mode: 'closed',
      reason: 'You can write once you have both answered the private questions.',
    };
  if (room.phase === 'resolved') return { mode: 'closed', reason: 'This mediation is finished.' };
  if (room.phase === 'closed') return { mode: 'closed', reason: 'This mediation has closed.' };
  if (room.current_turn_user_id === viewerId) return { mode: 'turn', reason: '' };
  return {
    mode: 'hold',
    reason:
      'It is not your turn yet. You can write now: your message is held and shared when it is your turn.',
  };
}

export function Composer({ room, viewerId }: { room: Room; viewerId: string }) {
  const id = useId();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { mode, reason } = composerMode(room, viewerId);

  const send = useMutation({
    mutationFn: async (message: string) =>
      mode === 'turn'
        ? api.post<RespondResponse>(roomPath(room.id, 'main-room/respond'), { message })
        : api.post<{ held: HeldMessage }>(roomPath(room.id, 'main-room/hold'), { message }),
    onSuccess: (result) => {
      setText('');
      if ('held' in result) {
        client.setQueryData<Room>(roomKey(room.id), (current) =>
          current
            ? { ...current, held_messages: [...(current.held_messages ?? []), result.held] }
            : current,
        );
      }
      void client.invalidateQueries({ queryKey: roomKey(room.id) });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message) {
      setProblem('Write something first.');
      return;
    }
    if (message.length > MESSAGE_MAX_LENGTH) {
      setProblem(
        `Messages can be at most ${MESSAGE_MAX_LENGTH} characters; shorten it or split it.`,
      );
      return;
    }
    setProblem(null);
    send.mutate(message);
  };

  if (mode === 'closed') {
    return (
      <div className="composer">
        <p className="muted">{reason}</p>
      </div>
    );
  }

  const error = problem ?? (send.isError ? errorMessage(send.error) : null);
  const over = text.length > MESSAGE_MAX_LENGTH;
  return (
    <form className="composer" onSubmit={submit} noValidate aria-label="Write a message">
      <label htmlFor={`${id}-text`}>
        {mode === 'turn' ? 'Your turn: write your message' : 'Write now, shared on your turn'}
      </label>
      {mode === 'hold' && (
        <p className="hint" id={`${id}-reason`}>
          {reason}
        </p>
      )}
      <textarea
        id={`${id}-text`}
        dir="auto"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          // A stale "Write something first." goes as soon as they write.
          if (problem && event.target.value.trim()) setProblem(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [mode === 'hold' ? `${id}-reason` : '', `${id}-count`, error ? `${id}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
      />
      <p className="counter" id={`${id}-count`}>
        {over ? (
          <strong>
            {text.length} / {MESSAGE_MAX_LENGTH} characters: too long
          </strong>
        ) : (
          `${text.length} / ${MESSAGE_MAX_LENGTH}`
        )}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={send.isPending}>
        {send.isPending
          ? mode === 'turn'
            ? 'Sending… the mediator is reading'
            : 'Holding…'
          : mode === 'turn'
            ? 'Send'
            : 'Hold for my turn'}
      </button>
    </form>
  );
}
