import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from './announcer/useAnnounce';
import { useReturnFocus } from './useReturnFocus';

/**
 * While a presentation shows on another display: where it is and how to stop it, on screen and spoken once by the
 * announcer. Stopping it here puts focus back where it was when the presentation started (the start button).
 */
export function PresentationNotice({ display, onStop }: { display: number | null; onStop: () => void }) {
  const { t } = useTranslation('workshop');
  const message = display === null ? t('presenting.runningOther') : t('presenting.running', { number: display });
  useAnnounce(message);
  const opener = useReturnFocus();
  useEffect(() => opener.remember(), [opener]);
  return (
    <div className="notice notice-ok presentation-notice">
      <p>{message}</p>
      <button
        type="button"
        onClick={() => {
          opener.restore(document.querySelector<HTMLElement>('main h1'));
          onStop();
        }}
      >
        {t('presenting.stop')}
      </button>
    </div>
  );
}
