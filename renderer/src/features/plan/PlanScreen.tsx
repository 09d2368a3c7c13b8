import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ACTION_STATUSES, LANGUAGES, type ActionEdit, type Assessment, type Language } from '../../domain/types';
import type { AssessmentResult } from '../../domain/scoring';
import { HORIZONS, generatePlan, type PlannedAction } from '../../domain/plan';
import { actionTexts, reasonText } from '../../domain/explain';
import { LIMITS } from '../../domain/limits';
import { ensureLanguage, hasLanguage } from '../../i18n';
import { SourceLine } from '../../components/SourceLine';
import { useFocusHeading } from '../../components/useFocusHeading';
import type { AssessmentChange } from '../AssessmentScreen';
import { ExportPanel } from '../export/ExportPanel';

function ActionCard({ planned, t, lng, onEdit }: { planned: PlannedAction; t: TFunction; lng: Language; onEdit: (edit: ActionEdit) => void }) {
  const id = useId();
  const text = actionTexts(planned, t);
  const { edit, action } = planned;
  const set = (patch: Partial<ActionEdit>): void => onEdit({ ...edit, ...patch });
  return (
    <article className={`action-card status-${edit.status}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{text.title}</h3>
      <p className="action-meta">
        {t('common:plan.impact', { level: t(`common:plan.levels.${action.impact}`) })} · {t('common:plan.effort', { level: t(`common:plan.levels.${action.effort}`) })} ·{' '}
        {t(`common:modules.${action.module}`)}
      </p>
      <p>{text.why}</p>
      <SourceLine sources={action.sources} lng={lng} />
      <p className="reasons">
        {t('common:plan.because')} {planned.reasons.map((r) => reasonText(r, t)).join(' ')}
      </p>
      <h4>{t('common:plan.steps')}</h4>
      <ol>
        {text.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p>
        <strong>{t('common:plan.kpi')}</strong> {text.kpi}
      </p>
      <div className="action-edit">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('common:plan.owner')}</label>
          <input id={`${id}-owner`} type="text" maxLength={LIMITS.name} value={edit.owner} onChange={(e) => set({ owner: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('common:plan.due')}</label>
          <input id={`${id}-due`} type="date" value={edit.due} onChange={(e) => set({ due: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : '' })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('common:plan.status')}</label>
          <select id={`${id}-status`} value={edit.status} onChange={(e) => set({ status: e.target.value as ActionEdit['status'] })}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:plan.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-note`}>{t('common:plan.note')}</label>
          <textarea id={`${id}-note`} rows={2} maxLength={LIMITS.note} value={edit.note} onChange={(e) => set({ note: e.target.value })} />
        </div>
      </div>
    </article>
  );
}

export function PlanScreen({ assessment, result, onChange }: { assessment: Assessment; result: AssessmentResult; onChange: AssessmentChange }) {
  const { t, i18n } = useTranslation();
  const heading = useFocusHeading();
  const selectId = useId();
  const planLng = assessment.planLanguage;
  const [loaded, setLoaded] = useState<Language | null>(hasLanguage(i18n, planLng) ? planLng : null);

  // The plan's language may differ from the UI's: load its texts on demand.
  useEffect(() => {
    let live = true;
    void ensureLanguage(i18n, planLng).then(() => live && setLoaded(planLng));
    return () => {
      live = false;
    };
  }, [i18n, planLng]);

  const plan = generatePlan(assessment, result);
  const pt = i18n.getFixedT(planLng);
  const ready = loaded === planLng;

  return (
    <section aria-labelledby="plan-title" className="plan">
      <h1 id="plan-title" tabIndex={-1} ref={heading}>
        {t('plan.title')}
      </h1>
      <div className="field plan-language">
        <label htmlFor={selectId}>{t('plan.language')}</label>
        <select id={selectId} value={planLng} onChange={(e) => onChange((a) => ({ ...a, planLanguage: e.target.value as Language }))}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="lead">{t('plan.intro')}</p>
      {ready && (
        <div lang={planLng}>
          {plan.length === 0 && <p className="empty">{pt('common:plan.empty')}</p>}
          {HORIZONS.map((h) => {
            const items = plan.filter((p) => p.horizon === h);
            if (items.length === 0) return null;
            return (
              <section key={h} aria-labelledby={`horizon-${h}`} className="horizon">
                <h2 id={`horizon-${h}`}>
                  {pt(`common:plan.horizons.${h}`)} <span className="count">({items.length})</span>
                </h2>
                {items.map((p) => (
                  <ActionCard
                    key={p.action.id}
                    planned={p}
                    t={pt}
                    lng={planLng}
                    onEdit={(edit) => onChange((a) => ({ ...a, planEdits: { ...a.planEdits, [p.action.id]: edit } }))}
                  />
                ))}
              </section>
            );
          })}
        </div>
      )}

      {/* Keyed by the plan's language: changing it above also changes the default language of the files. */}
      <ExportPanel key={planLng} assessment={assessment} />
    </section>
  );
}
