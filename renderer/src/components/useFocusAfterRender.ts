import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * For a button whose own press removes or replaces it (reveal, remove, back to the median): `focusAfterRender(find)`
 * moves focus, once the change is on the screen, to what `find` returns then: what replaced the button, or the
 * nearest thing that is left. Without it focus falls to the top of the page (WCAG 2.4.3).
 */
export function useFocusAfterRender(): (find: () => HTMLElement | null | undefined) => void {
  const [requests, setRequests] = useState(0);
  const finder = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const find = finder.current;
    finder.current = null;
    find?.()?.focus();
  }, [requests]);
  return useCallback((find) => {
    finder.current = find;
    setRequests((n) => n + 1);
  }, []);
}
