/** The conversation: each message attributed (you, them by name, the mediator), private ones marked. */
import type { HeldMessage, Message, Participant } from '../api/types';
import { formatTime } from '../format/time';
import { t as text, useT } from '../i18n/intl';

/** Who wrote a message, from the viewer's side. */
export function authorOf(
  message: Pick<Message, 'author' | 'author_user_id'>,
  viewerId: string,
  participants: Pick<Participant, 'user_id' | 'name'>[],
): { label: string; kind: 'mine' | 'theirs' | 'mediator' | 'system' } {
  if (message.author === 'mediator') return { label: text('who.mediator'), kind: 'mediator' };
  if (message.author === 'system') return { label: 'Meedi8', kind: 'system' };
  if (message.author_user_id === viewerId) return { label: text('who.you'), kind: 'mine' };
  const name = participants.find((p) => p.user_id === message.author_user_id)?.name;
  return { label: name ?? text('who.other'), kind: 'theirs' };
}

export function MessageList({
  messages,
  held,
  viewerId,
  participants,
}: {
  messages: Message[];
  held: HeldMessage[];
  viewerId: string;
  participants: Participant[];
}) {
  const { t } = useT();
  if (messages.length === 0 && held.length === 0) {
    return <p className="muted">{t('messages.none')}</p>;
  }
  return (
    <div role="log" aria-label={t('messages.label')} aria-live="polite" aria-relevant="additions">
      <ol className="messages">
        {messages.map((message) => {
          const author = authorOf(message, viewerId, participants);
          return (
            <li key={message.id} className={`message ${author.kind}`}>
              <p className="who">
                <bdi>{author.label}</bdi>
                <time className="when" dateTime={message.created_at}>
                  {formatTime(message.created_at)}
                </time>
                {message.private && <span className="private-tag">{t('messages.private')}</span>}
              </p>
              {/* People write in any script; the mediator and notices follow the page. */}
              <p
                className="text"
                dir={author.kind === 'mine' || author.kind === 'theirs' ? 'auto' : undefined}
              >
                {message.text}
              </p>
            </li>
          );
        })}
        {held.map((message) => (
          <li key={message.id} className="message held">
            <p className="who">
              {t('who.you')}
              <time className="when" dateTime={message.created_at}>
                {formatTime(message.created_at)}
              </time>
              <span className="private-tag">{t('messages.held')}</span>
            </p>
            <p className="text" dir="auto">
              {message.text}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
