import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentationState } from '../../../../electron/shared/contract';
import { projectorApi } from '../../api';
import { ensureLanguage } from '../../i18n';
import { PresentationScreen } from './PresentationScreen';

/**
 * The presentation's own window on the projector (the renderer's `?view=present` route, with its own preload). It
 * draws the slide the facilitator's window sends and sends its keys back; it keeps nothing and saves nothing.
 */
export function ProjectorWindow() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<PresentationState | null>(null);
  useEffect(
    () =>
      projectorApi().onSlide((next) => {
        void ensureLanguage(i18n, next.language).then(async () => {
          if (i18n.language !== next.language) await i18n.changeLanguage(next.language);
          document.documentElement.lang = next.language;
          setState(next);
        });
      }),
    [i18n],
  );
  if (!state)
    return (
      <main className="presentation" aria-label={t('workshop:present.waitingLabel')}>
        <p className="present-waiting">{t('workshop:present.waiting')}</p>
      </main>
    );
  return <PresentationScreen slide={state.slide} mark={state.mark} onCommand={(command) => void projectorApi().sendKey(command)} />;
}
