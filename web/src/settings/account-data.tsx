/** Download everything Meedi8 holds about me; delete my account, after a confirmation step. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, errorMessage } from '../api/client';
import { useT } from '../i18n/intl';

export const DELETE_PHRASE = 'delete my account';

/** Whether the typed confirmation matches the phrase (case and outer spaces ignored). */
export function confirmsDeletion(typed: string): boolean {
  return typed.trim().toLowerCase() === DELETE_PHRASE;
}

export function AccountData() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { t, rich } = useT();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const download = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const data = await api.get<unknown>('/api/users/me/export');
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `meedi8-my-data-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setExportError(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmsDeletion(typed)) {
      setTypedError(t('delete.typeToConfirm', { phrase: DELETE_PHRASE }));
      return;
    }
    setTypedError(null);
    setDeleting(true);
    setDeleteError(null);
    try {
      await api.delete('/api/users/me', { confirm: DELETE_PHRASE });
      client.clear();
      client.setQueryData(['me'], null);
      navigate('/', { replace: true });
    } catch (error) {
      setDeleteError(errorMessage(error));
      setDeleting(false);
    }
  };

  return (
    <>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('export.title')}</h2>
        <p>{t('export.text')}</p>
        <button type="button" className="button secondary" onClick={download} disabled={exporting}>
          {exporting ? t('export.preparing') : t('export.download')}
        </button>
        {exportError && (
          <p className="form-error" role="alert">
            {exportError}
          </p>
        )}
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('delete.title')}</h2>
        <p>{t('delete.text')}</p>
        {!confirming ? (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            {t('delete.start')}
          </button>
        ) : (
          <form onSubmit={remove} noValidate className="card" aria-label={t('delete.formLabel')}>
            <div className={typedError ? 'field has-error' : 'field'}>
              <label htmlFor="delete-confirm">
                {rich('delete.confirmLabel', {
                  phrase: DELETE_PHRASE,
                  b: (chunks) => (
                    <strong lang="en" dir="ltr">
                      {chunks}
                    </strong>
                  ),
                })}
              </label>
              <input
                id="delete-confirm"
                type="text"
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                aria-invalid={typedError ? true : undefined}
                aria-describedby={typedError ? 'delete-confirm-error' : undefined}
              />
              {typedError && (
                <p className="field-error" id="delete-confirm-error" role="alert">
                  {typedError}
                </p>
              )}
            </div>
            {deleteError && (
              <p className="form-error" role="alert">
                {deleteError}
              </p>
            )}
            <p className="actions">
              <button type="submit" className="button danger" disabled={deleting}>
                {deleting ? t('delete.deleting') : t('delete.submit')}
              </button>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setConfirming(false);
                  setTyped('');
                  setTypedError(null);
                }}
              >
                {t('delete.keep')}
              </button>
            </p>
          </form>
        )}
      </section>
    </>
  );
}
