import { useCallback, useMemo, useRef } from 'react';

/**
 * For a panel that opens from a button and closes again (a form, a list of earlier versions): `remember` notes what
 * had focus when it opened, `restore` puts focus back there when it closes, so keyboard and screen-reader users go on
 * from where they were instead of from the top of the page (WCAG 2.4.3). When that element is gone, `fallback` gets it.
 */
export function useReturnFocus(): { remember: () => void; restore: (fallback?: HTMLElement | null) => void } {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const restore = useCallback((fallback?: HTMLElement | null) => {
    const target = opener.current?.isConnected ? opener.current : fallback;
    opener.current = null;
    target?.focus();
  }, []);
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}
