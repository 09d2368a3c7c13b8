import { useTranslation } from 'react-i18next';
import type { Assessment, ModuleId } from '../../domain/model/types';
import { QUESTIONS_BY_MODULE } from '../../domain/bank';
import { notApplicableByProfile } from '../../domain/scoring/scoring';
import { isRevealed, reveal } from '../../domain/workshop/workshop';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { WorkshopQuestion, type WorkshopChange } from './WorkshopQuestion';

/** One area of a workshop as the facilitator sees it: who has answered, then, question by question, the reveal. */
export function WorkshopModuleScreen({
  module,
  assessment,
  onWorkshopChange,
}: {
  module: ModuleId;
  assessment: Assessment;
  onWorkshopChange: WorkshopChange;
}) {
  const { t } = useTranslation();
  const heading = useFocusHeading();
  const focusAfterRender = useFocusAfterRender();
  const w = assessment.workshop;
  if (!w) return null;
  const questions = QUESTIONS_BY_MODULE[module].filter((q) => !notApplicableByProfile(q, assessment.profile));
  const hidden = questions.filter((q) => !isRevealed(w, q.id));
  return (
    <section aria-labelledby={`${module}-title`} className="workshop-module">
      <h1 id={`${module}-title`} tabIndex={-1} ref={heading}>
        {t(`${module}:name`)}
      </h1>
      <p className="lead">{t('workshop:module.intro')}</p>
      {hidden.length > 0 && (
        <button
          type="button"
          onClick={() => {
            onWorkshopChange((x) =>
              reveal(
                x,
                hidden.map((q) => q.id),
              ),
            );
            // The button goes with the last hidden question: focus goes to the first answers it showed.
            focusAfterRender(() => document.querySelector<HTMLElement>(`#${CSS.escape(`${module}-title`)} ~ .workshop-question .revealed`));
          }}
        >
          {t('workshop:module.revealModule', { count: hidden.length })}
        </button>
      )}
      {questions.map((q) => (
        <WorkshopQuestion
          key={q.id}
          question={q}
          number={t('module.questionNumber', { n: QUESTIONS_BY_MODULE[module].indexOf(q) + 1, total: QUESTIONS_BY_MODULE[module].length })}
          workshop={w}
          onChange={onWorkshopChange}
        />
      ))}
    </section>
  );
}
