/** An error a page could not get past, in the API's own words, with a way to try again. */
import { errorMessage } from '../api/client';
import { useT } from '../i18n/intl';

export function ErrorPanel({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useT();
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">
        <span aria-hidden="true">⚠ </span>
        {title ?? t('errorPanel.title')}
      </p>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary small" onClick={onRetry}>
          {t('action.tryAgain')}
        </button>
      )}
    </div>
  );
}
