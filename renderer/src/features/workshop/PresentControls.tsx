import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayChoice } from '../../../../electron/shared/contract';
import { api } from '../../api';

/** Starting the projector: which display (when there is more than one, the other one suggested), and the keys. */
export function PresentControls({ onPresent }: { onPresent: (displayId: number | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [displays, setDisplays] = useState<DisplayChoice[]>([]);
  const [displayId, setDisplayId] = useState<number | null>(null);
  useEffect(() => {
    const load = (): void =>
      void api()
        .listDisplays()
        .then(setDisplays, () => setDisplays([]));
    load();
    // A projector plugged in while the screen is open appears in the list.
    return api().onPresentationEvent((event) => {
      if (event === 'displaysChanged') load();
    });
  }, []);
  const chosen = displays.find((d) => d.id === displayId) ?? displays.find((d) => d.suggested);

  return (
    <>
      <h2>{t('workshop:present.heading')}</h2>
      <p className="hint">{t('workshop:present.keys')}</p>
      {displays.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-display`}>{t('workshop:present.display')}</label>
          <select id={`${id}-display`} value={chosen?.id ?? ''} onChange={(e) => setDisplayId(Number(e.target.value))}>
            {displays.map((d, i) => (
              <option key={d.id} value={d.id}>
                {t(d.current ? 'workshop:present.displayThis' : 'workshop:present.displayOther', {
                  number: i + 1,
                  width: d.width,
                  height: d.height,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" onClick={() => onPresent(chosen?.id ?? null)}>
        {t('workshop:present.start')}
      </button>
    </>
  );
}
