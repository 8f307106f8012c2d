/** An error a page could not get past, in the API's own words, with a way to try again. */
import { errorMessage } from '../api/client';

export function ErrorPanel({
  error,
  onRetry,
  title = 'Something went wrong',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
