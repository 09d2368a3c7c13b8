import { startTransition, useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { currentLanguage, ensureLanguage } from '../i18n';
import type { AssessmentStore } from './assessmentStore';
import { loadAssessmentScreen, loadClassScreen, loadPortfolioScreen, loadSettingsScreen } from './screens';
import type { View } from './steps';

/**
 * Which screen the window shows, and going to another. An assessment is fetched in full (unless it is the one
 * already open) together with its screen's code and texts; the switch is a transition, so the screen before stays
 * until the new one can show. Leaving home ends the chance to undo a delete.
 */
export function useNavigation(
  store: AssessmentStore,
  failed: () => void,
): { view: View; currentView: RefObject<View>; go: (next: View) => void } {
  const { i18n } = useTranslation();
  const [view, setView] = useState<View>({ name: 'home' });
  // For the menu's commands: the screen shown now, read when a command comes. Set in the commit itself (a layout
  // effect), so a command that arrives once the new screen is drawn never meets the screen before (a participant's
  // turn, where the menu is refused).
  const currentView = useRef(view);
  useLayoutEffect(() => {
    currentView.current = view;
  }, [view]);

  const go = useCallback(
    (next: View) => {
      if (next.name === 'home') return setView(next);
      if (next.name === 'portfolio') {
        // The portfolio names areas, industries, sizes and bands from several namespaces: all of them, then its code.
        void Promise.all([ensureLanguage(i18n, currentLanguage(i18n)), loadPortfolioScreen()]).then(
          () => startTransition(() => setView(next)),
          failed,
        );
        return;
      }
      if (next.name === 'accessibility') {
        // The statement's text is a namespace of its own, loaded with the language's other texts.
        void ensureLanguage(i18n, currentLanguage(i18n)).then(() => startTransition(() => setView(next)), failed);
        return;
      }
      if (next.name === 'settings') {
        // The brand's preview draws the PDF report, with its question texts: every namespace first.
        void Promise.all([ensureLanguage(i18n, currentLanguage(i18n)), loadSettingsScreen()]).then(
          () => startTransition(() => setView(next)),
          failed,
        );
        return;
      }
      if (next.name === 'class') {
        // The overview shows question and action texts: every namespace first, then the screen's code.
        void Promise.all([ensureLanguage(i18n, currentLanguage(i18n)), loadClassScreen()]).then(
          () => startTransition(() => setView(next)),
          failed,
        );
        return;
      }
      store.forgetDeleted();
      const open = store.current();
      Promise.all([
        open?.id === next.id ? Promise.resolve(open) : api().getAssessment(next.id),
        ensureLanguage(i18n, currentLanguage(i18n)),
        loadAssessmentScreen(),
      ]).then(([assessment]) => {
        if (!assessment) return failed();
        startTransition(() => {
          store.open(assessment);
          setView(next);
        });
      }, failed);
    },
    [i18n, store, failed],
  );
  return { view, currentView, go };
}
