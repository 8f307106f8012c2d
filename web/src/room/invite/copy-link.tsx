/**
 * Inviting by a link the person sends themselves. A link is made only when they choose this way
 * (it is shown once: only its hash is kept), and a new one replaces only the earlier link;
 * invites sent by WhatsApp or email stay live.
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, errorMessage } from '../../api/client';
import type { NewInviteResponse } from '../../api/types';
import { useT } from '../../i18n/intl';
import { roomPath } from '../room-queries';
import { RecipientLanguageField } from './recipient-language';

export interface ShownLink {
  url: string;
  /** The invite behind the link, to stop offering it once it no longer works. */
  inviteId: string | null;
  /** When it was made (ms): the room's data from before then cannot know it yet. */
  madeAt: number;
}

export function CopyLink({
  roomId,
  link,
  onNewLink,
}: {
  roomId: string;
  /** The link made on this page, while it still works. */
  link: ShownLink | null;
  onNewLink: (link: ShownLink) => void;
}) {
  const id = useId();
  const { t } = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const { register, getValues } = useForm<{ locale: string }>({ defaultValues: { locale: '' } });
  const make = useMutation({
    mutationFn: () =>
      api.post<NewInviteResponse>(roomPath(roomId, 'invites'), {
        recipient_locale: getValues('locale') || undefined,
      }),
    onSuccess: (result) => {
      setCopied(null);
      onNewLink({ url: result.invite_url, inviteId: result.invite.id, madeAt: Date.now() });
    },
  });

  // Choosing "Copy a link" is the request for one; made once, even if React mounts twice.
  const asked = useRef(false);
  useEffect(() => {
    if (link || asked.current) return;
    asked.current = true;
    make.mutate();
  }, [link, make]);

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('link.copied'));
    } catch {
      const input = document.getElementById(`${id}-link`) as HTMLInputElement | null;
      input?.select();
      setCopied(t('link.selectIt'));
    }
  };

  return (
    <div className="stack">
      {link ? (
        <>
          <label htmlFor={`${id}-link`}>{t('link.label')}</label>
          <div className="copy-row">
            <input id={`${id}-link`} type="text" readOnly value={link.url} dir="ltr" />
            <button type="button" className="button" onClick={() => copy(link.url)}>
              {t('link.copy')}
            </button>
          </div>
          <p role="status" className="hint">
            {copied}
          </p>
        </>
      ) : make.isPending ? (
        <p className="loading">{t('link.making')}</p>
      ) : (
        <p>{t('link.shownOnce')}</p>
      )}
      <RecipientLanguageField registration={register('locale')} />
      <button
        type="button"
        className="button secondary"
        onClick={() => make.mutate()}
        disabled={make.isPending}
      >
        {make.isPending ? t('link.makingShort') : t('link.make')}
      </button>
      {make.isError && (
        <p className="form-error" role="alert">
          {errorMessage(make.error)}
        </p>
      )}
    </div>
  );
}
