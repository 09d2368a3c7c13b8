import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { api } from '../api';
import type { View } from './steps';

/**
 * Help > Accessibility statement: shows the statement and remembers the screen it was opened from, so "Back" returns
 * the user to where they were (the same step of the same assessment), not to the start.
 */
export function useAccessibilityStatement(currentView: RefObject<View>, go: (next: View) => void): { back: () => void } {
  const returnTo = useRef<View>({ name: 'home' });
  const open = useCallback(() => {
    const from = currentView.current;
    // Opened again while it shows: keep the screen before it.
    if (from.name !== 'accessibility') returnTo.current = from;
    go({ name: 'accessibility' });
  }, [currentView, go]);
  useEffect(
    () =>
      api().onMenuCommand((command) => {
        if (command === 'accessibilityStatement') open();
      }),
    [open],
  );
  const back = useCallback(() => go(returnTo.current), [go]);
  return { back };
}
