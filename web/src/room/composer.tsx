/**
 * Writing in the room. On your turn the message goes to the mediator; out of turn it is held and
 * shared when your turn comes; on a break or before the other person joins, it says why not.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { MESSAGE_MAX_LENGTH } from '../../../src/domain/limits';
import { api, errorMessage } from '../api/client';
import type { HoldResponse, RespondResponse, Room } from '../api/types';
import { t as translate, useT } from '../i18n/intl';
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
  if (room.phase === 'waiting') return { mode: 'closed', reason: translate('composer.waiting') };
  if (room.phase === 'on_break') return { mode: 'closed', reason: translate('composer.paused') };
  if (room.phase === 'screening')
    return { mode: 'closed', reason: translate('composer.screening') };
  if (room.phase === 'resolved') return { mode: 'closed', reason: translate('composer.resolved') };
  if (room.phase === 'closed') return { mode: 'closed', reason: translate('composer.closed') };
  if (room.current_turn_user_id === viewerId) return { mode: 'turn', reason: '' };
  return { mode: 'hold', reason: translate('composer.hold') };
}

export function Composer({ room, viewerId }: { room: Room; viewerId: string }) {
  const id = useId();
  const client = useQueryClient();
  const { t, intl } = useT();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { mode, reason } = composerMode(room, viewerId);

  const send = useMutation({
    mutationFn: async (message: string) =>
      mode === 'turn'
        ? api.post<RespondResponse>(roomPath(room.id, 'main-room/respond'), { message })
        : api.post<HoldResponse>(roomPath(room.id, 'main-room/hold'), { message }),
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
      setProblem(t('composer.empty'));
      return;
    }
    if (message.length > MESSAGE_MAX_LENGTH) {
      setProblem(t('composer.tooLong', { max: MESSAGE_MAX_LENGTH }));
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
    <form className="composer" onSubmit={submit} noValidate aria-label={t('composer.label')}>
      <label htmlFor={`${id}-text`}>
        {mode === 'turn' ? t('composer.turnLabel') : t('composer.holdLabel')}
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
          <strong>{t('composer.over', { length: text.length, max: MESSAGE_MAX_LENGTH })}</strong>
        ) : (
          `${intl.formatNumber(text.length)} / ${intl.formatNumber(MESSAGE_MAX_LENGTH)}`
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
            ? t('composer.sending')
            : t('composer.holding')
          : mode === 'turn'
            ? t('composer.send')
            : t('composer.hold.submit')}
      </button>
    </form>
  );
}
