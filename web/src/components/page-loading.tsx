import { useT } from '../i18n/intl';

/** What a page shows while its code or data loads. */
export function PageLoading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('loading.generic')}</span>
    </div>
  );
}
