import { memo, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, QuestionDef, Workshop } from '../../domain/model/types';
import { answerOfText } from '../../domain/plan/explain';
import { answersTo, isRevealed, questionSpread, reveal, setConsensus, teamAnswer } from '../../domain/workshop/workshop';
import { parseNumber } from '../questionnaire/answerForm';
import { Distribution } from './Distribution';
import { formatScore } from '../../components/format';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';

export type WorkshopChange = (change: (w: Workshop) => Workshop) => void;

/**
 * One question as the facilitator sees it: how many have answered; after the reveal the spread, min / median / max,
 * a disagreement marker and the team's answer, which the facilitator can change (it starts as the median).
 */
function WorkshopQuestionView({
  question: q,
  number,
  workshop: w,
  onChange,
  headingLevel = 2,
}: {
  question: QuestionDef;
  number: string;
  workshop: Workshop;
  onChange: WorkshopChange;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const id = useId();
  const spread = questionSpread(w, q);
  const revealed = isRevealed(w, q.id);
  const team = teamAnswer(w, q, spread);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const focusAfterRender = useFocusAfterRender();

  return (
    <section className={`workshop-question${spread.disagreement && revealed ? ' disagreement' : ''}`} aria-labelledby={`${id}-q`}>
      <Heading id={`${id}-q`} className="question-heading">
        <span className="question-number">{number}</span>
        <span className="question-text">{t(`${q.module}:q.${q.id}.text`)}</span>
      </Heading>
      <p className="answered-count">{t('workshop:spread.answered', { answered: spread.answered, count: spread.respondents })}</p>
      {!revealed ? (
        <button
          type="button"
          onClick={() => {
            onChange((x) => reveal(x, [q.id]));
            // The answers replace the button: focus goes to them.
            focusAfterRender(() => document.getElementById(`${id}-revealed`));
          }}
          disabled={spread.answered === 0}
        >
          {t('workshop:spread.reveal')}
        </button>
      ) : (
        <div id={`${id}-revealed`} className="revealed" role="group" aria-labelledby={`${id}-q`} tabIndex={-1}>
          <Distribution question={q} answers={answersTo(w, q.id)} team={team.answer} />
          <p className="spread-line">
            {spread.min === null
              ? t('workshop:spread.noPoints')
              : t('workshop:spread.minMedianMax', {
                  min: formatScore(spread.min),
                  median: formatScore(spread.median),
                  max: formatScore(spread.max),
                })}
          </p>
          {spread.disagreement && (
            <p className="disagreement-marker">{t('workshop:spread.disagreement', { points: Math.round(spread.spread) })}</p>
          )}
          <TeamAnswerControl
            question={q}
            team={team.answer}
            changed={team.changed}
            median={spread.consensus}
            onSet={(answer) => onChange((x) => setConsensus(x, q.id, answer))}
          />
        </div>
      )}
    </section>
  );
}

export const WorkshopQuestion = memo(WorkshopQuestionView);

/** The team's answer: the median until the facilitator picks another, with the way back to the median. */
function TeamAnswerControl({
  question: q,
  team,
  changed,
  median,
  onSet,
}: {
  question: QuestionDef;
  team: Answer | undefined;
  changed: boolean;
  median: Answer | undefined;
  onSet: (answer: Answer | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const spec = q.answer;
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [numberText, setNumberText] = useState(team?.kind === 'number' ? String(team.value).replace('.', ',') : '');
  const options: Array<{ answer: Answer; label: string }> = [];
  if (spec.kind === 'scale')
    for (const level of [0, 1, 2, 3, 4] as const)
      options.push({ answer: { kind: 'scale', level }, label: t(`${q.module}:q.${q.id}.levels.${level}`) });
  if (spec.kind === 'choice')
    for (const o of spec.options)
      options.push({ answer: { kind: 'choice', option: o.id }, label: t(`${q.module}:q.${q.id}.options.${o.id}`) });
  const specials: Array<{ answer: Answer; label: string }> = [
    { answer: { kind: 'dontKnow' }, label: t('common:answer.dontKnow') },
    ...(q.allowNotApplicable ? [{ answer: { kind: 'notApplicable' } as Answer, label: t('common:answer.notApplicable') }] : []),
  ];
  const same = (a: Answer, b: Answer | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
  const chosen = team?.kind === 'multi' ? team.options : [];
  // A list box cuts long answers off at its width: the chosen one is written out in full beneath it (issue 16).
  const current = [...options, ...specials].find((o) => same(o.answer, team));

  return (
    <fieldset className="team-answer-control" ref={fieldset}>
      <legend>{t('workshop:consensus.legend')}</legend>
      <p className="hint">
        {changed && median
          ? t('workshop:consensus.changed', { median: answerOfText(q, median, t) })
          : changed
            ? t('workshop:consensus.set')
            : t('workshop:consensus.isMedian')}
      </p>
      {(spec.kind === 'scale' || spec.kind === 'choice') && (
        // A list box, not twelve radio buttons: the bars above already show every answer in full.
        <select
          aria-label={t('workshop:consensus.legend')}
          value={String([...options, ...specials].findIndex((o) => same(o.answer, team)))}
          onChange={(e) => {
            const picked = [...options, ...specials][Number(e.target.value)];
            if (picked) onSet(picked.answer);
          }}
        >
          {team === undefined && <option value="-1">{t('workshop:consensus.none')}</option>}
          {[...options, ...specials].map((o, i) => (
            <option key={JSON.stringify(o.answer)} value={String(i)}>
              {i < options.length ? `${i + 1}. ${o.label}` : o.label}
            </option>
          ))}
        </select>
      )}
      {current && <p className="team-answer-current">{t('workshop:consensus.current', { answer: current.label })}</p>}
      {spec.kind === 'multi' && (
        <div className="answers">
          {spec.options.map((o) => (
            <label key={o.id} className="option">
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={(e) => {
                  const next = e.target.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id);
                  onSet({ kind: 'multi', options: spec.options.map((x) => x.id).filter((x) => next.includes(x)) });
                }}
              />
              <span>{t(`${q.module}:q.${q.id}.options.${o.id}`)}</span>
            </label>
          ))}
          {specials.map((o) => (
            <label key={o.answer.kind} className="option special">
              <input
                type="checkbox"
                checked={same(o.answer, team)}
                onChange={(e) => onSet(e.target.checked ? o.answer : { kind: 'multi', options: [] })}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
      {spec.kind === 'number' && (
        <div className="number-row">
          <label htmlFor={`${id}-number`}>{t('workshop:consensus.number', { unit: t(`${q.module}:q.${q.id}.unit`) })}</label>
          <input
            id={`${id}-number`}
            type="text"
            inputMode="decimal"
            value={numberText}
            onChange={(e) => {
              setNumberText(e.target.value);
              const value = parseNumber(e.target.value);
              if (value !== null && value >= spec.scoring.min && value <= spec.scoring.max) onSet({ kind: 'number', value });
            }}
          />
        </div>
      )}
      {changed && (
        <button
          type="button"
          className="quiet"
          onClick={() => {
            onSet(null);
            setNumberText(median?.kind === 'number' ? String(median.value).replace('.', ',') : '');
            // This button goes once the answer is the median again: focus goes to the answer it set.
            focusAfterRender(() => fieldset.current?.querySelector<HTMLElement>('select, input'));
          }}
        >
          {t('workshop:consensus.backToMedian')}
        </button>
      )}
    </fieldset>
  );
}
