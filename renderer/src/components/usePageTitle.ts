import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pageTitle } from './pageTitle';

/**
 * Names the screen in the window's title (WCAG 2.4.2): the window, the task bar and a screen reader say which screen
 * and which company this is. Electron's window takes the page's title. One call per screen, at its top.
 */
export function usePageTitle(...parts: ReadonlyArray<string | null | undefined>): void {
  const { t } = useTranslation();
  const title = pageTitle(parts, t('common:app.name'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
