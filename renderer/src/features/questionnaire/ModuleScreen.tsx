import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Assessment, ModuleId } from '../../domain/model/types';
import { QUESTIONS_BY_MODULE } from '../../domain/bank';
import { notApplicableByProfile, type ModuleResult } from '../../domain/scoring/scoring';
import { pendingNewAnswers } from '../../domain/bank/bankMigrations';
import { useFocusHeading } from '../../components/useFocusHeading';
import type { AssessmentChange } from '../../domain/model/steps';
import { useFormChanges } from '../../components/useFormChanges';
import { focusAnswerIn, toAnswer, toValue, type ModuleForm } from './answerForm';
import { QuestionField } from './QuestionField';
import { answeredCount, changeWorkshop, setRespondentAnswers } from '../../domain/workshop/workshop';
import { confirmCarriedOver, pendingCarriedOver, withChangedAnswersConfirmed } from '../../domain/rounds/rounds';
import { useCallback, useEffect, useRef } from 'react';

/**
 * One module's questions on one screen, every change saved at once. In a workshop, `respondentId` is the person
 * answering on this machine now: the form holds their answers only (no one else's, and no shared notes).
 */
export function ModuleScreen({
  module,
  progress,
  assessment,
  onChange,
  respondentId,
}: {
  module: ModuleId;
  /** The area's score so far (the respondent's while one answers), as the step list has it: not scored again here. */
  progress: ModuleResult | undefined;
  assessment: Assessment;
  onChange: AssessmentChange;
  respondentId?: string;
}) {
  const { t } = useTranslation(module);
  const heading = useFocusHeading();
  const questions = QUESTIONS_BY_MODULE[module];
  const respondent = respondentId === undefined ? undefined : assessment.workshop?.respondents.find((r) => r.id === respondentId);
  const ownAnswers = respondent ? respondent.answers : assessment.answers;
  const { control, register, subscribe } = useForm<ModuleForm>({
    defaultValues: {
      answers: Object.fromEntries(questions.map((q) => [q.id, toValue(q, ownAnswers[q.id])])),
      notes: Object.fromEntries(questions.map((q) => [q.id, respondent ? '' : (assessment.notes[q.id] ?? '')])),
    },
  });
  useFormChanges(subscribe, onChange, (values) => (a) => {
    if (respondentId !== undefined) {
      const current = a.workshop?.respondents.find((r) => r.id === respondentId);
      if (!current) return a;
      const answers = { ...current.answers };
      for (const q of questions) {
        const answer = toAnswer(q, values.answers[q.id]);
        if (answer) answers[q.id] = answer;
        else delete answers[q.id];
      }
      return changeWorkshop(a, (w) => setRespondentAnswers(w, respondentId, answers));
    }
    const answers = { ...a.answers };
    const notes = { ...a.notes };
    for (const q of questions) {
      const answer = toAnswer(q, values.answers[q.id]);
      if (answer) answers[q.id] = answer;
      else delete answers[q.id];
      const note = values.notes[q.id] ?? '';
      if (note.trim()) notes[q.id] = note;
      else delete notes[q.id];
    }
    // A carried-over answer the user changed is theirs now: it no longer waits for a confirmation.
    return withChangedAnswersConfirmed(a, { ...a, answers, notes });
  });
  // Stable across renders (the parent's onChange is not), so the memoised questions do not all re-render.
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  const confirm = useCallback((ids: ReadonlyArray<string>) => latestOnChange.current((a) => confirmCarriedOver(a, ids)), []);
  const confirmOne = useCallback((id: string) => confirm([id]), [confirm]);

  const carried = new Set(respondent ? [] : pendingCarriedOver(assessment));
  const carriedHere = questions.filter((q) => carried.has(q.id)).map((q) => q.id);
  const workshop = respondent ? assessment.workshop : undefined;
  const pending = new Set(pendingNewAnswers(assessment));

  return (
    <section aria-labelledby={`${module}-title`}>
      <h1 id={`${module}-title`} tabIndex={-1} ref={heading}>
        {t('name')}
      </h1>
      <p className="lead">{t('intro')}</p>
      {progress && (
        <div className="module-progress">
          <label htmlFor={`${module}-progress`}>
            {progress.dontKnowCount > 0
              ? t('common:results.answeredWithDontKnow', {
                  answered: progress.answered,
                  total: progress.total,
                  count: progress.dontKnowCount,
                })
              : t('common:module.progress', { answered: progress.answered, total: progress.total })}
          </label>
          <progress id={`${module}-progress`} max={progress.total} value={progress.answered} />
        </div>
      )}
      {carriedHere.length > 0 && (
        <div className="notice notice-warning carried-over-intro">
          <p>{t('rounds:carriedOver.intro', { count: carriedHere.length })}</p>
          <button
            type="button"
            onClick={(e) => {
              // The notice goes with the confirmation: focus moves on to the first question's answer.
              focusAnswerIn(e.currentTarget.closest('section')?.querySelector('fieldset.question'));
              confirm(carriedHere);
            }}
          >
            {t('rounds:carriedOver.confirmAll', { count: carriedHere.length })}
          </button>
        </div>
      )}
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        {questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            index={i}
            count={questions.length}
            control={control}
            register={register}
            notAsked={notApplicableByProfile(q, assessment.profile)}
            needsNewAnswer={!respondent && pending.has(q.id)}
            answeredBy={workshop ? answeredCount(workshop, q.id).answered : undefined}
            respondents={workshop?.respondents.length}
            carriedOver={carried.has(q.id)}
            onConfirm={confirmOne}
          />
        ))}
      </form>
    </section>
  );
}
