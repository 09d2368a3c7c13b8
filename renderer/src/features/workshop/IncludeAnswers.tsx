import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../domain/model/types';
import { MIN_ANONYMOUS_BREAKDOWN } from '../../domain/workshop/workshop';
import type { WorkshopChange } from './WorkshopQuestion';

/**
 * The facilitator's one choice over what of each person leaves the app: each person's answers in the PDF report and
 * the answers CSV (and, named, each person's scores in the PDF). Unticked, no export carries any of it
 * (domain/workshop/individualAnswers.ts is the rule the exports follow).
 */
export function IncludeAnswers({ workshop: w, onWorkshopChange }: { workshop: Workshop; onWorkshopChange: WorkshopChange }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="include-answers">
      <label className="option">
        <input
          type="checkbox"
          checked={w.includeIndividualAnswers}
          aria-describedby={w.anonymous ? hintId : undefined}
          onChange={(e) => onWorkshopChange((x) => ({ ...x, includeIndividualAnswers: e.target.checked }))}
        />
        <span>{t(w.anonymous ? 'workshop:individualExport.includeAnonymous' : 'workshop:individualExport.includeNamed')}</span>
      </label>
      {w.anonymous && (
        <p className="hint" id={hintId}>
          {t('workshop:individualExport.anonymousHint', { count: MIN_ANONYMOUS_BREAKDOWN })}
        </p>
      )}
    </div>
  );
}
