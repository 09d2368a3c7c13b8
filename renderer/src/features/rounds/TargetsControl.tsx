import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleId, TargetBand } from '../../domain/model/types';
import { TARGET_BANDS } from '../../domain/model/types';
import { targetOf, targetReached } from '../../domain/rounds/rounds';
import type { Assessment } from '../../domain/model/types';

/** An area's target band: one above today's unless the user picks one; the plan then works towards it. */
export function TargetControl({
  assessment,
  module,
  score,
  onChange,
}: {
  assessment: Assessment;
  module: ModuleId;
  score: number | null;
  onChange: (band: TargetBand | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const target = targetOf(assessment, module, score);
  return (
    <div className="target">
      <label htmlFor={id}>{t('rounds:target.label')}</label>
      <select
        id={id}
        value={target.chosen ? target.band : ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as TargetBand))}
      >
        <option value="">
          {t('rounds:target.default', { band: t(`bands.${target.chosen ? targetOf({}, module, score).band : target.band}`) })}
        </option>
        {TARGET_BANDS.map((b) => (
          <option key={b} value={b}>
            {t(`bands.${b}`)}
          </option>
        ))}
      </select>
      <p className={targetReached(score, target.band) ? 'target-reached' : 'hint'}>
        {targetReached(score, target.band) ? t('rounds:target.reached') : t('rounds:target.notYet')}
      </p>
    </div>
  );
}
