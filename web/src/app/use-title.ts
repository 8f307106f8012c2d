import { useEffect } from 'react';
import { useT, type Values, type WebKey } from '../i18n/intl';

/** Sets the browser tab's title for a page ("… · Meedi8"). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Meedi8` : 'Meedi8';
  }, [title]);
}

/** The same, from a catalogue text (re-set when the language changes). */
export function usePageTitle(key: WebKey, values?: Values): void {
  const { t } = useT();
  useTitle(t(key, values));
}
