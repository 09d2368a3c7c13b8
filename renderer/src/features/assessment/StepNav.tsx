import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import { respondentLabel } from '../../domain/workshop/workshop';
import { isModuleStep, type Step } from '../../domain/model/steps';
import { formatPercent } from '../../components/format';
import { currentLanguage } from '../../i18n';
import { labelText } from '../workshop/labels';
import { UnconfirmedMark } from '../rounds/Unconfirmed';

/**
 * The steps of one assessment, each area with how much is answered, and the overall progress. While one person
 * answers in a workshop (`answering`), it names them and offers to hand the machine back.
 */
export function StepNav(props: {
  assessment: Assessment;
  result: AssessmentResult;
  steps: ReadonlyArray<Step>;
  shown: Step;
  answering: string | undefined;
  stepLabel: (step: Step) => string;
  onGo: (step: Step) => void;
  onHandBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { assessment, result, answering } = props;
  const workshop = assessment.workshop;
  return (
    <nav aria-label={t('steps.navLabel')} className="step-nav">
      <p className="company-line">{assessment.profile.companyName.trim() || t('home.unnamed')}</p>
      {answering && workshop && (
        <p className="answering-as">{t('workshop:answering.as', { name: labelText(t, respondentLabel(workshop, answering)) })}</p>
      )}
      <ol>
        {props.steps.map((s) => {
          const module = isModuleStep(s) ? result.modules.find((m) => m.module === s) : undefined;
          return (
            <li key={s}>
              <button type="button" aria-current={s === props.shown ? 'step' : undefined} onClick={() => props.onGo(s)}>
                <span>{props.stepLabel(s)}</span>
                {module && (
                  <span className="step-progress">
                    {module.dontKnowCount > 0
                      ? t('steps.progressDontKnow', { answered: module.answered, total: module.total, count: module.dontKnowCount })
                      : t('steps.progress', { answered: module.answered, total: module.total })}
                  </span>
                )}
                {module && <UnconfirmedMark assessment={assessment} module={module.module} />}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="overall-progress">
        <label htmlFor="overall-progress">
          {t('steps.overall', { percent: formatPercent(result.answered / Math.max(1, result.total), currentLanguage(i18n)) })}
        </label>
        <progress id="overall-progress" max={result.total} value={result.answered} />
      </div>
      {answering && (
        <button type="button" className="hand-back" onClick={props.onHandBack}>
          {t('workshop:answering.handBack')}
        </button>
      )}
    </nav>
  );
}
