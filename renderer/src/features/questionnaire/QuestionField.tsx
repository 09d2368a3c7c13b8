import { memo, useId, useState } from 'react';
import { Controller, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuestionDef } from '../../domain/model/types';
import { LIMITS } from '../../domain/model/limits';
import { SourceLine } from '../../components/SourceLine';
import { SPECIAL, focusAnswerIn, numberError, type AnswerValue } from './answerForm';
import type { ModuleForm } from './answerForm';

interface Option {
  value: string;
  label: string;
}

/** One question: its answer inputs, "why it matters" with the source, and an optional note. */
function QuestionFieldView(props: {
  question: QuestionDef;
  index: number;
  count: number;
  control: Control<ModuleForm>;
  register: UseFormRegister<ModuleForm>;
  /** The profile makes the question not applicable: it is shown, but not asked. */
  notAsked: boolean;
  /** The question changed since the stored answer was given (question bank version), and needs a new one. */
  needsNewAnswer: boolean;
  /** In a workshop: how many of how many respondents have answered (never who, never what). No shared notes then. */
  answeredBy?: number | undefined;
  respondents?: number | undefined;
  /** A follow-up round: the answer was copied from the round before and waits for "still true" or a change. */
  carriedOver?: boolean;
  onConfirm?: (questionId: string) => void;
}) {
  const { question: q, control, register } = props;
  const { t } = useTranslation(q.module);
  const id = useId();
  const value = useWatch({ control, name: `answers.${q.id}` }) as AnswerValue | undefined;
  const note = useWatch({ control, name: `notes.${q.id}` });
  const specials: Option[] = [
    { value: SPECIAL.dontKnow, label: t('common:answer.dontKnow') },
    ...(q.allowNotApplicable ? [{ value: SPECIAL.notApplicable, label: t('common:answer.notApplicable') }] : []),
  ];
  const error = numberError(q, value);
  // Open the note when one exists; afterwards the user decides (clearing the text must not snap it shut).
  const [noteOpen] = useState(() => !!note);

  let options: Option[] = [];
  if (q.answer.kind === 'scale') options = [0, 1, 2, 3, 4].map((l) => ({ value: String(l), label: t(`q.${q.id}.levels.${l}`) }));
  if (q.answer.kind === 'choice' || q.answer.kind === 'multi')
    options = q.answer.options.map((o) => ({ value: o.id, label: t(`q.${q.id}.options.${o.id}`) }));

  const legend = (
    <legend>
      <span className="question-number">{t('common:module.questionNumber', { n: props.index + 1, total: props.count })}</span>
      <span className="question-text">{t(`q.${q.id}.text`)}</span>
    </legend>
  );
  if (props.notAsked)
    return (
      <fieldset className="question not-asked">
        {legend}
        <p className="notice-inline">{t(`common:results.why.notApplicableFor.${q.notApplicableFor ?? 'onePerson'}`)}</p>
      </fieldset>
    );

  return (
    <fieldset className="question" aria-describedby={`${id}-why`}>
      {legend}
      {props.answeredBy !== undefined && (
        <p className="answered-count">{t('workshop:spread.answered', { answered: props.answeredBy, count: props.respondents ?? 0 })}</p>
      )}
      {props.carriedOver && (
        <div className="notice-inline carried-over">
          <span>{t('rounds:carriedOver.question')}</span>
          <button
            type="button"
            onClick={(e) => {
              // The notice goes with the confirmation: focus moves on to the answer just confirmed.
              focusAnswerIn(e.currentTarget.closest('fieldset'));
              props.onConfirm?.(q.id);
            }}
            aria-label={t('rounds:carriedOver.confirmNamed', { topic: t(`q.${q.id}.short`) })}
          >
            {t('rounds:carriedOver.confirm')}
          </button>
        </div>
      )}
      {props.needsNewAnswer && <p className="notice-inline needs-new-answer">{t('common:module.needsNewAnswer')}</p>}

      {(q.answer.kind === 'scale' || q.answer.kind === 'choice') && (
        <div className="answers" role="radiogroup" aria-label={t(`q.${q.id}.short`)}>
          {[...options, ...specials].map((o) => (
            <label key={o.value} className={`option${SPECIAL.dontKnow === o.value || SPECIAL.notApplicable === o.value ? ' special' : ''}`}>
              <input type="radio" value={o.value} {...register(`answers.${q.id}`)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}

      {q.answer.kind === 'multi' && (
        <Controller
          control={control}
          name={`answers.${q.id}`}
          render={({ field }) => {
            const chosen = Array.isArray(field.value) ? field.value : [];
            const exclusive: string[] = [SPECIAL.none, SPECIAL.dontKnow, SPECIAL.notApplicable];
            // "None", "don't know" and "not applicable" each stand alone; picking an option clears them.
            const toggle = (v: string, on: boolean): void =>
              field.onChange(
                on ? (exclusive.includes(v) ? [v] : [...chosen.filter((c) => !exclusive.includes(c)), v]) : chosen.filter((c) => c !== v),
              );
            return (
              <div className="answers" role="group" aria-label={t(`q.${q.id}.short`)}>
                <p className="hint">{t('common:answer.chooseAll')}</p>
                {[...options, { value: SPECIAL.none, label: t('common:answer.none') }, ...specials].map((o) => (
                  <label key={o.value} className={`option${exclusive.includes(o.value) ? ' special' : ''}`}>
                    <input
                      type="checkbox"
                      name={field.name}
                      value={o.value}
                      checked={chosen.includes(o.value)}
                      onChange={(e) => toggle(o.value, e.target.checked)}
                      onBlur={field.onBlur}
                    />
                    <span>{o.label}</span>
                  </label>
                ))}
              </div>
            );
          }}
        />
      )}

      {q.answer.kind === 'number' && (
        <Controller
          control={control}
          name={`answers.${q.id}`}
          render={({ field }) => {
            const text = typeof field.value === 'string' ? field.value : '';
            const special = text === SPECIAL.dontKnow || text === SPECIAL.notApplicable ? text : '';
            return (
              <div className="answers">
                <div className="number-row">
                  <label htmlFor={`${id}-number`} className="visually-hidden">
                    {t(`q.${q.id}.short`)}
                  </label>
                  <input
                    id={`${id}-number`}
                    name={field.name}
                    type="text"
                    inputMode="decimal"
                    value={special ? '' : text}
                    disabled={!!special}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(e) => field.onChange(e.target.value)}
                    onBlur={field.onBlur}
                  />
                  <span>{t(`q.${q.id}.unit`)}</span>
                </div>
                {error && q.answer.kind === 'number' && (
                  <p id={`${id}-error`} className="field-error" role="alert">
                    {t(`common:answer.${error}`, { min: q.answer.scoring.min, max: q.answer.scoring.max })}
                  </p>
                )}
                {specials.map((o) => (
                  <label key={o.value} className="option special">
                    <input
                      type="checkbox"
                      name={field.name}
                      value={o.value}
                      checked={special === o.value}
                      onChange={(e) => field.onChange(e.target.checked ? o.value : '')}
                    />
                    <span>{o.label}</span>
                  </label>
                ))}
              </div>
            );
          }}
        />
      )}

      <details className="why">
        <summary>{t('common:module.why')}</summary>
        <p id={`${id}-why`}>{t(`q.${q.id}.why`)}</p>
        <SourceLine sources={q.sources} />
      </details>

      {props.answeredBy === undefined && (
        <details className="note" open={noteOpen}>
          <summary>{t('common:module.note')}</summary>
          <label htmlFor={`${id}-note`} className="visually-hidden">
            {t('common:module.noteLabel', { topic: t(`q.${q.id}.short`) })}
          </label>
          <textarea id={`${id}-note`} rows={3} maxLength={LIMITS.note} {...register(`notes.${q.id}`)} />
        </details>
      )}
    </fieldset>
  );
}

/**
 * Memoised: its props are stable (the question, react-hook-form's control and register, two flags), and it watches
 * its own answer, so a click on one answer re-renders that question, not all twelve.
 */
export const QuestionField = memo(QuestionFieldView);
