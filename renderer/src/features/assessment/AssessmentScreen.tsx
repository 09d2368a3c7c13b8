import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Workshop } from '../../domain/model/types';
import { scoreAssessment, type AssessmentResult } from '../../domain/scoring/scoring';
import type { Plan } from '../../domain/plan/plan';
import { changeWorkshop } from '../../domain/workshop/workshop';
import { MODULE_IDS } from '../../domain/model/types';
import { isModuleStep, stepsFor, type AssessmentChange, type Step } from '../../domain/model/steps';
import { ProfileScreen } from '../profile/ProfileScreen';
import { ClientLogoField } from '../brand/ClientLogoField';
import { StepNav } from './StepNav';
import { usePageTitle } from '../../components/usePageTitle';
import { ModuleScreen } from '../questionnaire/ModuleScreen';
import { ResultsScreen } from '../results/ResultsScreen';
import { PlanScreen } from '../plan/PlanScreen';
import { WorkshopScreen } from '../workshop/WorkshopScreen';
import { WorkshopModuleScreen } from '../workshop/WorkshopModuleScreen';
import { DiscussScreen } from '../workshop/DiscussScreen';
import { HandOverScreen } from '../workshop/HandOverScreen';
import { ReflectionField } from '../homework/ReflectionField';
import { HandInScreen } from '../homework/HandInScreen';
import type { SaveResult } from '../../../../electron/shared/contract';

export type { AssessmentChange };

/** Where a presentation starts: the areas' first question, or the "to discuss" list. */
export type PresentFrom = { questionId?: string; discuss?: boolean };

/**
 * One assessment: step navigation (jump anywhere), the current step, and back/next. In a workshop, while one person
 * answers (`respondent`), only the four areas are there, with their own answers, until they hand the machine back.
 */
export function AssessmentScreen(props: {
  assessment: Assessment;
  /** Its scores and plan, computed once per change by the app's store and shared by every step. */
  derived: { readonly result: AssessmentResult; readonly plan: Plan };
  step: Step;
  respondent?: string | undefined;
  onStep: (step: Step, respondent?: string) => void;
  /** After someone hides their answers: the hand-over screen, which names nobody, until the next turn starts. */
  handOver: boolean;
  onHandOver: () => void;
  onChange: AssessmentChange;
  onHome: () => void;
  onPresent: (from: PresentFrom, displayId: number | null) => void;
  /** Starts the next round of this company (a follow-up assessment) and opens it. */
  onNewRound: () => void;
  /** Homework: marks it handed in, saves, and writes the file for the teacher. */
  onHandIn: () => Promise<SaveResult>;
}) {
  const { t } = useTranslation();
  const { assessment, step, onChange } = props;
  const workshop = assessment.workshop;
  const answering =
    workshop && props.respondent !== undefined && workshop.respondents.some((r) => r.id === props.respondent)
      ? props.respondent
      : undefined;
  // While one person answers, the progress shown is theirs: their own answers scored (only when they change).
  const respondentAnswers = answering ? workshop?.respondents.find((r) => r.id === answering)?.answers : undefined;
  const respondentResult = useMemo(
    () => (respondentAnswers ? scoreAssessment({ answers: respondentAnswers, profile: assessment.profile }) : null),
    [respondentAnswers, assessment.profile],
  );
  const result = respondentResult ?? props.derived.result;
  const steps: ReadonlyArray<Step> = answering ? MODULE_IDS : stepsFor(assessment);
  const shown: Step = steps.includes(step) ? step : (steps[0] ?? 'profile');
  const index = steps.indexOf(shown);
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const stepLabel = (s: Step): string => (isModuleStep(s) ? t(`${s}:name`) : t(`steps.${s}`));
  const onWorkshopChange = useCallback((change: (w: Workshop) => Workshop) => onChange((a) => changeWorkshop(a, change)), [onChange]);
  const go = (s: Step): void => props.onStep(s, answering);
  const handBack = props.onHandOver;
  usePageTitle(
    props.handOver && workshop ? t('workshop:handOver.title') : stepLabel(shown),
    assessment.profile.companyName || t('home.unnamed'),
  );
  if (props.handOver && workshop)
    return (
      <HandOverScreen
        workshop={workshop}
        onWorkshopChange={onWorkshopChange}
        onAnswer={(id) => props.onStep('strategy', id)}
        onFacilitator={() => props.onStep('workshop')}
      />
    );

  return (
    <div className="assessment">
      <StepNav
        assessment={assessment}
        result={result}
        steps={steps}
        shown={shown}
        answering={answering}
        stepLabel={stepLabel}
        onGo={go}
        onHandBack={handBack}
      />

      <div className="step-body">
        {answering && <p className="notice notice-ok answering-banner">{t('workshop:answering.private')}</p>}
        {shown === 'profile' && (
          <>
            <ProfileScreen assessment={assessment} onChange={onChange} />
            <ClientLogoField assessment={assessment} onChange={onChange} />
          </>
        )}
        {shown === 'workshop' && (
          <WorkshopScreen
            assessment={assessment}
            result={result}
            onChange={onChange}
            onWorkshopChange={onWorkshopChange}
            onAnswerAs={(id) => props.onStep('strategy', id)}
            onPresent={(displayId) => props.onPresent({}, displayId)}
          />
        )}
        {isModuleStep(shown) &&
          (workshop && !answering ? (
            <WorkshopModuleScreen key={shown} module={shown} assessment={assessment} onWorkshopChange={onWorkshopChange} />
          ) : (
            <>
              <ModuleScreen
                key={`${shown}-${answering ?? ''}`}
                module={shown}
                progress={result.modules.find((m) => m.module === shown)}
                assessment={assessment}
                onChange={onChange}
                respondentId={answering}
              />
              {assessment.homework && !answering && (
                <ReflectionField key={`reflection-${shown}`} assessment={assessment} module={shown} onChange={onChange} />
              )}
            </>
          ))}
        {shown === 'discuss' && (
          <DiscussScreen
            assessment={assessment}
            onWorkshopChange={onWorkshopChange}
            onPresent={() => props.onPresent({ discuss: true }, null)}
          />
        )}
        {shown === 'results' && <ResultsScreen assessment={assessment} result={result} onChange={onChange} onNewRound={props.onNewRound} />}
        {shown === 'plan' && <PlanScreen assessment={assessment} result={result} plan={props.derived.plan} onChange={onChange} />}
        {shown === 'handIn' && (
          <HandInScreen assessment={assessment} onChange={onChange} onHandIn={props.onHandIn} onStep={(s) => props.onStep(s)} />
        )}

        <div className="step-buttons">
          {prev ? (
            <button type="button" onClick={() => go(prev)}>
              {t('steps.back', { step: stepLabel(prev) })}
            </button>
          ) : answering ? null : (
            <button type="button" onClick={props.onHome}>
              {t('steps.toHome')}
            </button>
          )}
          {next ? (
            <button type="button" className="primary" onClick={() => go(next)}>
              {t('steps.next', { step: stepLabel(next) })}
            </button>
          ) : answering ? (
            <button type="button" className="primary" onClick={handBack}>
              {t('workshop:answering.handBack')}
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
