import { useTranslation } from 'react-i18next';
import type { Assessment } from '../domain/types';
import { scoreAssessment } from '../domain/scoring';
import { STEPS, isModuleStep, type Step } from '../app/steps';
import { formatPercent } from '../components/format';
import { currentLanguage } from '../i18n';
import { ProfileScreen } from './profile/ProfileScreen';
import { ModuleScreen } from './questionnaire/ModuleScreen';
import { ResultsScreen } from './results/ResultsScreen';
import { PlanScreen } from './plan/PlanScreen';

export type AssessmentChange = (change: (a: Assessment) => Assessment) => void;

/** One assessment: step navigation (jump anywhere), the current step, and back/next. */
export function AssessmentScreen(props: {
  assessment: Assessment;
  step: Step;
  onStep: (step: Step) => void;
  onChange: AssessmentChange;
  onHome: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { assessment, step } = props;
  const result = scoreAssessment(assessment);
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const lng = currentLanguage(i18n);
  const stepLabel = (s: Step): string => (isModuleStep(s) ? t(`${s}:name`) : t(`steps.${s}`));

  return (
    <div className="assessment">
      <nav aria-label={t('steps.navLabel')} className="step-nav">
        <p className="company-line">{assessment.profile.companyName.trim() || t('home.unnamed')}</p>
        <ol>
          {STEPS.map((s) => {
            const module = isModuleStep(s) ? result.modules.find((m) => m.module === s) : undefined;
            return (
              <li key={s}>
                <button type="button" aria-current={s === step ? 'step' : undefined} onClick={() => props.onStep(s)}>
                  <span>{stepLabel(s)}</span>
                  {module && (
                    <span className="step-progress">
                      {module.dontKnowCount > 0
                        ? t('steps.progressDontKnow', { answered: module.answered, total: module.total, count: module.dontKnowCount })
                        : t('steps.progress', { answered: module.answered, total: module.total })}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
        <div className="overall-progress">
          <label htmlFor="overall-progress">{t('steps.overall', { percent: formatPercent(result.answered / Math.max(1, result.total), lng) })}</label>
          <progress id="overall-progress" max={result.total} value={result.answered} />
        </div>
      </nav>

      <div className="step-body">
        {step === 'profile' && <ProfileScreen assessment={assessment} onChange={props.onChange} />}
        {isModuleStep(step) && <ModuleScreen key={step} module={step} assessment={assessment} onChange={props.onChange} />}
        {step === 'results' && <ResultsScreen assessment={assessment} result={result} />}
        {step === 'plan' && <PlanScreen assessment={assessment} result={result} onChange={props.onChange} />}

        <div className="step-buttons">
          {prev ? (
            <button type="button" onClick={() => props.onStep(prev)}>
              {t('steps.back', { step: stepLabel(prev) })}
            </button>
          ) : (
            <button type="button" onClick={props.onHome}>
              {t('steps.toHome')}
            </button>
          )}
          {next ? (
            <button type="button" className="primary" onClick={() => props.onStep(next)}>
              {t('steps.next', { step: stepLabel(next) })}
            </button>
          ) : (
            <button type="button" className="primary" onClick={props.onHome}>
              {t('steps.finish')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
