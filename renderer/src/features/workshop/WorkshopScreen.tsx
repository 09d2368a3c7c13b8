import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import { QUESTIONS } from '../../domain/bank';
import { notApplicableByProfile } from '../../domain/scoring/scoring';
import { canChangeAnonymity, isRevealed, reveal, setAnonymous } from '../../domain/workshop/workshop';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import type { AssessmentChange } from '../../domain/model/steps';
import type { WorkshopChange } from './WorkshopQuestion';
import { RespondentScores } from './RespondentScores';
import { RespondentTable } from './RespondentTable';
import { AddRespondents } from './AddRespondents';
import { PresentControls } from './PresentControls';
import { IncludeAnswers } from './IncludeAnswers';

/**
 * The workshop's respondents: who answers (named or anonymous), pass-the-laptop ("answer as"), a participant's own
 * file added as a respondent, how far each has come, the reveal of everything, the projector, and each person's
 * scores as far as anonymity allows.
 */
export function WorkshopScreen(props: {
  assessment: Assessment;
  result: AssessmentResult;
  onChange: AssessmentChange;
  onWorkshopChange: WorkshopChange;
  onAnswerAs: (respondentId: string) => void;
  onPresent: (displayId: number | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusHeading();
  const focusAfterRender = useFocusAfterRender();
  const { assessment } = props;
  const w = assessment.workshop;
  if (!w) return null;
  const asked = QUESTIONS.filter((q) => !notApplicableByProfile(q, assessment.profile));
  const hidden = asked.filter((q) => !isRevealed(w, q.id));

  return (
    <section aria-labelledby="workshop-title" className="workshop">
      <h1 id="workshop-title" tabIndex={-1} ref={heading}>
        {t('workshop:screen.title')}
      </h1>
      <p className="lead">{t('workshop:screen.intro')}</p>

      {canChangeAnonymity(w) ? (
        <fieldset className="anonymity">
          <legend>{t('workshop:screen.anonymityLegend')}</legend>
          <label className="option">
            <input
              type="radio"
              name={`${id}-anonymity`}
              checked={!w.anonymous}
              onChange={() => props.onWorkshopChange((x) => setAnonymous(x, false))}
            />
            <span>{t('common:home.workshop.named')}</span>
          </label>
          <label className="option">
            <input
              type="radio"
              name={`${id}-anonymity`}
              checked={w.anonymous}
              onChange={() => props.onWorkshopChange((x) => setAnonymous(x, true))}
            />
            <span>{t('common:home.workshop.anonymous')}</span>
          </label>
          <p className="hint">{t('common:home.workshop.anonymityFixed')}</p>
        </fieldset>
      ) : (
        <p className="anonymity-fixed">{w.anonymous ? t('workshop:screen.isAnonymous') : t('workshop:screen.isNamed')}</p>
      )}

      <RespondentTable workshop={w} asked={asked} onWorkshopChange={props.onWorkshopChange} onAnswerAs={props.onAnswerAs} />
      <AddRespondents assessment={assessment} onChange={props.onChange} onWorkshopChange={props.onWorkshopChange} />

      <h2>{t('workshop:screen.revealHeading')}</h2>
      <p id={`${id}-reveal-state`} tabIndex={-1}>
        {hidden.length > 0
          ? t('workshop:screen.hiddenCount', { count: hidden.length, total: asked.length })
          : t('workshop:screen.allRevealed')}
      </p>
      <div className="head-buttons">
        {hidden.length > 0 && (
          <button
            type="button"
            onClick={() => {
              props.onWorkshopChange((x) =>
                reveal(
                  x,
                  hidden.map((q) => q.id),
                ),
              );
              // The button goes: focus goes to the line that now says everything is revealed.
              focusAfterRender(() => document.getElementById(`${id}-reveal-state`));
            }}
            disabled={w.respondents.length === 0}
          >
            {t('workshop:screen.revealAll')}
          </button>
        )}
      </div>

      <PresentControls onPresent={props.onPresent} />

      <RespondentScores assessment={assessment} result={props.result} headingId={`${id}-scores`} />

      <IncludeAnswers workshop={w} onWorkshopChange={props.onWorkshopChange} />
    </section>
  );
}
