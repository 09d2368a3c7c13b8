import { useCallback } from 'react';

/**
 * Moves focus to a screen's heading when it appears, so keyboard and screen-reader users start at the top of the
 * new screen instead of on a button that no longer exists.
 */
export function useFocusHeading(): (el: HTMLHeadingElement | null) => void {
  return useCallback((el: HTMLHeadingElement | null) => {
    el?.focus();
  }, []);
}
