import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ACTION_STATUSES, type ActionEdit, type Assessment, type Language, type Placement } from '../../domain/model/types';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import { HORIZONS, type Plan, type PlannedAction } from '../../domain/plan/plan';
import { actionTexts, whyNowText } from '../../domain/plan/explain';
import { planNotes } from '../../domain/plan/planNotes';
import { plannedWorkText } from '../../domain/plan/workText';
import { LIMITS } from '../../domain/model/limits';
import { ensureLanguage, hasLanguage } from '../../i18n';
import { SourceLine } from '../../components/SourceLine';
import { DateField } from '../../components/DateField';
import { useFocusHeading } from '../../components/useFocusHeading';
import { LanguageSelect } from '../../components/LanguageSelect';
import type { AssessmentChange } from '../../domain/model/steps';
import { ExportPanel } from '../export/ExportPanel';

/** The id of an action's heading, so focus can follow an action the user moved. */
const headingId = (actionId: string): string => `action-${actionId}`;

function ActionCard(props: {
  planned: PlannedAction;
  t: TFunction;
  lng: Language;
  onEdit: (edit: ActionEdit) => void;
  onMove: (placement: Placement) => void;
}) {
  const { planned, t, lng } = props;
  const id = useId();
  const text = actionTexts(planned, t);
  const work = plannedWorkText(planned, t, lng);
  const { edit, action } = planned;
  const set = (patch: Partial<ActionEdit>): void => props.onEdit({ ...edit, ...patch });
  return (
    <article className={`action-card status-${edit.status}`} aria-labelledby={headingId(action.id)}>
      <h3 id={headingId(action.id)} tabIndex={-1}>
        {text.title}
      </h3>
      <p className="why-now">
        <strong>{t('common:plan.whyNow.label')}</strong> {whyNowText(planned, t)}
      </p>
      <p className="action-meta">
        {t('common:plan.impact', { level: t(`common:plan.levels.${action.impact}`) })} ·{' '}
        {t('common:plan.effort', { level: t(`common:plan.levels.${action.effort}`) })} · {t(`common:modules.${action.module}`)}
      </p>
      {work && <p className="action-meta action-work">{work}</p>}
      <p>{text.why}</p>
      {text.details.length > 0 && (
        <div className="channel-advice">
          <h4>{t('common:plan.channelAdvice.heading')}</h4>
          <ul>
            {text.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <SourceLine sources={action.sources} lng={lng} />
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
          <input
            id={`${id}-owner`}
            type="text"
            maxLength={LIMITS.name}
            value={edit.owner}
            onChange={(e) => set({ owner: e.target.value })}
          />
        </div>
        <DateField label={t('common:plan.due')} value={edit.due} lng={lng} onChange={(due) => set({ due })} />
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
      <button
        type="button"
        className="quiet move-button"
        onClick={() => props.onMove('later')}
        aria-label={t('common:plan.later.moveToLaterNamed', { title: text.title })}
      >
        {t('common:plan.later.moveToLater')}
      </button>
    </article>
  );
}

function LaterItem({ planned, t, onMove }: { planned: PlannedAction; t: TFunction; onMove: (placement: Placement) => void }) {
  const title = actionTexts(planned, t).title;
  return (
    <li className="later-item">
      <div>
        <h3 id={headingId(planned.action.id)} tabIndex={-1}>
          {title}
        </h3>
        <p>{whyNowText(planned, t)}</p>
      </div>
      <button type="button" onClick={() => onMove('plan')} aria-label={t('common:plan.later.moveToPlanNamed', { title })}>
        {t('common:plan.later.moveToPlan')}
      </button>
    </li>
  );
}

export function PlanScreen({
  assessment,
  result,
  plan,
  onChange,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  /** Made once per change by the app's store, from the same `result`. */
  plan: Plan;
  onChange: AssessmentChange;
}) {
  const { t, i18n } = useTranslation();
  const heading = useFocusHeading();
  const planLng = assessment.planLanguage;
  const [loaded, setLoaded] = useState<Language | null>(hasLanguage(i18n, planLng) ? planLng : null);
  // After a move, focus follows the action to where it went, so keyboard users do not lose their place.
  const pendingFocus = useRef<string | null>(null);
  const laterRef = useRef<HTMLDetailsElement>(null);

  // The plan's language may differ from the UI's: load its texts on demand.
  useEffect(() => {
    let live = true;
    void ensureLanguage(i18n, planLng).then(() => live && setLoaded(planLng));
    return () => {
      live = false;
    };
  }, [i18n, planLng]);

  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = document.getElementById(headingId(pendingFocus.current));
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  const pt = i18n.getFixedT(planLng);
  const ready = loaded === planLng;
  const edit = (p: PlannedAction, patch: Partial<ActionEdit>): void =>
    onChange((a) => ({ ...a, planEdits: { ...a.planEdits, [p.action.id]: { ...p.edit, ...patch } } }));
  const move = (p: PlannedAction, placement: Placement): void => {
    // Moving to "Later" opens the list, so the action stays in sight.
    if (placement === 'later' && laterRef.current) laterRef.current.open = true;
    pendingFocus.current = p.action.id;
    edit(p, { placement });
  };

  return (
    <section aria-labelledby="plan-title" className="plan">
      <h1 id="plan-title" tabIndex={-1} ref={heading}>
        {t('plan.title')}
      </h1>
      <LanguageSelect
        className="field plan-language"
        label={t('plan.language')}
        value={planLng}
        onChange={(planLanguage) => onChange((a) => ({ ...a, planLanguage }))}
      />
      <p className="lead">{t('plan.intro')}</p>
      {ready && (
        <div lang={planLng}>
          {plan.active.length === 0 && plan.later.length === 0 ? (
            <p className="empty">{pt('common:plan.empty')}</p>
          ) : (
            planNotes(plan, result, pt, planLng).map((note) => (
              <p key={note} className="plan-note">
                {note}
              </p>
            ))
          )}
          {HORIZONS.map((h) => {
            const items = plan.active.filter((p) => p.horizon === h);
            if (items.length === 0) return null;
            return (
              <section key={h} aria-labelledby={`horizon-${h}`} className="horizon">
                <h2 id={`horizon-${h}`}>
                  {pt(`common:plan.horizons.${h}`)} <span className="count">({items.length})</span>
                </h2>
                {items.map((p) => (
                  <ActionCard key={p.action.id} planned={p} t={pt} lng={planLng} onEdit={(e) => edit(p, e)} onMove={(to) => move(p, to)} />
                ))}
              </section>
            );
          })}
          {plan.later.length > 0 && (
            <details className="later" ref={laterRef}>
              <summary>
                <h2 id="later-title">
                  {pt('common:plan.later.title')}{' '}
                  <span className="count">({pt('common:plan.later.count', { count: plan.later.length })})</span>
                </h2>
              </summary>
              <p className="hint">{pt('common:plan.later.intro')}</p>
              <ul aria-labelledby="later-title">
                {plan.later.map((p) => (
                  <LaterItem key={p.action.id} planned={p} t={pt} onMove={(to) => move(p, to)} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      {/* Keyed by the plan's language: changing it above also changes the default language of the files. */}
      <ExportPanel key={planLng} assessment={assessment} />
    </section>
  );
}
