/**
 * The screens the shell loads on demand, so the first screen stays small: the assessment's screens (questionnaire,
 * results, plan, with react-hook-form and the question texts), the class overview, and the projector view.
 * Once a chunk is in, its component is used directly: rendering it then never suspends (React holds a Suspense
 * fallback for 300 ms).
 */
import { lazy, useEffect, type ComponentProps } from 'react';
import type { i18n as I18n } from 'i18next';
import type { AssessmentScreen as AssessmentScreenType } from '../features/assessment/AssessmentScreen';
import type { PresentationScreen as PresentationScreenType } from '../features/projector/PresentationScreen';
import { currentLanguage, ensureLanguage } from '../i18n';
import type { MakePlan } from './assessmentStore';

let loadedAssessmentScreen: typeof AssessmentScreenType | null = null;
let loadedMakePlan: MakePlan | null = null;
export const loadAssessmentScreen = () =>
  Promise.all([import('../features/assessment/AssessmentScreen'), import('../domain/plan/plan')]).then(([m, plan]) => {
    loadedAssessmentScreen = m.AssessmentScreen;
    loadedMakePlan = plan.generatePlan;
    return { default: m.AssessmentScreen };
  });

/**
 * The store's plan maker: the plan's code comes with the assessment's screens, which are drawn only once it is in
 * (navigation waits for loadAssessmentScreen), so a plan is never asked for before.
 */
export const makePlan: MakePlan = (assessment, result) => {
  if (!loadedMakePlan) throw new Error('The plan was asked for before its code loaded');
  return loadedMakePlan(assessment, result);
};
const LazyAssessmentScreen = lazy(loadAssessmentScreen);
/** The assessment's screens: drawn at once when their code is in, else once it has loaded (inside a Suspense). */
export function AssessmentScreen(props: ComponentProps<typeof AssessmentScreenType>) {
  const Screen = loadedAssessmentScreen ?? LazyAssessmentScreen;
  return <Screen {...props} />;
}

export const loadClassScreen = () => import('../features/classOverview/ClassScreen').then((m) => ({ default: m.ClassScreen }));
export const LazyClassScreen = lazy(loadClassScreen);

export const loadPortfolioScreen = () => import('../features/portfolio/PortfolioScreen').then((m) => ({ default: m.PortfolioScreen }));
export const LazyPortfolioScreen = lazy(loadPortfolioScreen);

// The accessibility statement, from the Help menu; its schema check brings zod, which the first screen does without.
export const loadStatementScreen = () =>
  import('../features/accessibility/AccessibilityStatementScreen').then((m) => ({ default: m.AccessibilityStatementScreen }));
export const LazyStatementScreen = lazy(loadStatementScreen);

export const loadSettingsScreen = () => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen }));
export const LazySettingsScreen = lazy(loadSettingsScreen);

/** The projector view in the app's own window (one display): loaded before the presentation starts. */
let loadedPresentationScreen: typeof PresentationScreenType | null = null;
export const loadPresentationScreen = (): Promise<void> =>
  import('../features/projector/PresentationScreen').then((m) => {
    loadedPresentationScreen = m.PresentationScreen;
  });
/** The projector view taking the app's window; nothing until its code is in (the presentation waits for it). */
export function PresentationInWindow(props: ComponentProps<typeof PresentationScreenType>) {
  const Screen = loadedPresentationScreen;
  return Screen ? <Screen {...props} /> : null;
}

/** Once the first screen is up, fetches the assessment screen's code and every text in the background. */
export function usePreloadedScreens(i18n: I18n): void {
  useEffect(() => {
    const idle = window.setTimeout(() => {
      void loadAssessmentScreen();
      void ensureLanguage(i18n, currentLanguage(i18n)).catch(() => undefined);
    }, 300);
    return () => window.clearTimeout(idle);
  }, [i18n]);
}
