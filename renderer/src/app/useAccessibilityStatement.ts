import { useCallback, useEffect, useState, type RefObject } from 'react';
import { api } from '../api';
import type { View } from './steps';

/** While someone answers in a workshop, or the laptop waits for the next person: the assessments stay out of reach. */
export const isPrivateTurn = (view: View): boolean => view.name === 'assessment' && !!(view.respondent || view.handOver);

/**
 * Help > Accessibility statement: shows the statement and remembers the screen it was opened from, so "Back" returns
 * the user to where they were (the same step of the same assessment, the same person's turn), not to the start.
 * `privateTurn`: it was opened during a workshop turn, so the header offers no way home from it either.
 */
export function useAccessibilityStatement(
  currentView: RefObject<View>,
  go: (next: View) => void,
): { back: () => void; privateTurn: boolean } {
  const [returnTo, setReturnTo] = useState<View>({ name: 'home' });
  const open = useCallback(() => {
    const from = currentView.current;
    // Opened again while it shows: keep the screen before it.
    if (from.name !== 'accessibility') setReturnTo(from);
    go({ name: 'accessibility' });
  }, [currentView, go]);
  useEffect(
    () =>
      api().onMenuCommand((command) => {
        if (command === 'accessibilityStatement') open();
      }),
    [open],
  );
  const back = useCallback(() => go(returnTo), [go, returnTo]);
  return { back, privateTurn: isPrivateTurn(returnTo) };
}
