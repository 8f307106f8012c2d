/**
 * Quick exit: leaves Meedi8 at once for a neutral site, replacing this page in the history so
 * Back does not return to it. Also on Escape pressed twice within a second.
 */
import { useEffect } from 'react';
import { useT } from '../i18n/intl';
import { isDoubleEscape } from './double-escape';

export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Leaves for the neutral site now. */
export function quickExit(): void {
  window.location.replace(QUICK_EXIT_URL);
}

export function QuickExit() {
  const { t } = useT();
  useEffect(() => {
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (isDoubleEscape(last, now)) quickExit();
      last = now;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button
      type="button"
      className="quick-exit"
      onClick={quickExit}
      aria-describedby="quick-exit-hint"
    >
      {t('quickExit.label')}
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </button>
  );
}
