import { useEffect } from 'react';

/** Sets the browser tab's title for a page ("… · Meedi8"). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Meedi8` : 'Meedi8';
  }, [title]);
}
