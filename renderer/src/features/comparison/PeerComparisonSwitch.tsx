import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useAnnounce } from '../../components/announcer/useAnnounce';

/**
 * The consultant's switch for "companies like yours" (off by default). A failed save says so and leaves the box as
 * it was stored, never ticked as if saved.
 */
export function PeerComparisonSwitch() {
  const { t } = useTranslation('comparison');
  const id = useId();
  const [on, setOn] = useState<boolean | null>(null);
  // When the last save failed (a time, so a second failure is said again); null after a save that worked.
  const [failedAt, setFailedAt] = useState<number | null>(null);
  useAnnounce(failedAt === null ? null : t('setting.failed'), { politeness: 'assertive', when: failedAt });
  useEffect(() => {
    let live = true;
    api()
      .getPeerComparison()
      .then(
        (value) => live && setOn(value),
        () => live && setOn(false),
      );
    return () => {
      live = false;
    };
  }, []);

  async function change(next: boolean): Promise<void> {
    setFailedAt(null);
    const saved = await api()
      .setPeerComparison(next)
      .catch(() => false);
    if (saved) setOn(next);
    else setFailedAt(Date.now());
  }

  return (
    <section className="peer-comparison-setting" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('setting.heading')}</h2>
      <label className="option">
        <input
          type="checkbox"
          checked={on ?? false}
          disabled={on === null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        <span>{t('setting.label')}</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('setting.hint')}
      </p>
      {/* Said by the app's announcer; shown here too, beside the box. */}
      {failedAt !== null && <p className="field-error">{t('setting.failed')}</p>}
    </section>
  );
}
