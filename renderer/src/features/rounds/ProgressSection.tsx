import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import { LOCALE_TAG, MODULE_IDS } from '../../domain/model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../../domain/bank';
import { compareRounds, roundNumberOf, roundTrend, type Movement } from '../../domain/rounds/rounds';
import { currentLanguage } from '../../i18n';
import { TrendChart, trendTableLabels } from './TrendChart';
import { formatScore, formatScoreChange } from '../../components/format';
import { formatDisplayDate } from '../../domain/model/dates';
import { UnconfirmedMark } from './Unconfirmed';
import { ScrollRegion } from '../../components/ScrollRegion';

const QUESTIONS_SHOWN = 8;

/**
 * What moved since the round before (issue 10): each area and the whole labelled improved / regressed / unchanged,
 * the scores across all rounds, the questions that moved most, and the actions done since. Questions whose meaning
 * changed between the rounds are flagged, so their movement is not taken for the company's.
 */
export function ProgressSection({
  assessment,
  result,
  rounds,
}: {
  assessment: Assessment;
  /** This round's scores as the screen has them (not computed again). */
  result: AssessmentResult;
  rounds: Assessment[];
}) {
  const { t, i18n } = useTranslation();
  const lng = currentLanguage(i18n);
  const previous = rounds.find((r) => r.id === assessment.round?.previousId);
  if (!assessment.round || !previous) return null;
  const c = compareRounds(previous, assessment, undefined, result);
  const trend = roundTrend(rounds.map((r) => (r.id === assessment.id ? assessment : r)));
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAG[lng], { month: 'short', year: 'numeric' });
  const label = (m: Movement | null): string => (m === null ? '' : t(`rounds:movement.${m}`));
  // Done actions may have left the plan (their gap closed): named from the action library.
  const titleOf = (actionId: string): string | null => {
    const action = ACTIONS_BY_ID.get(actionId);
    return action ? t(`${actionNamespace(action)}:a.${actionId}.title`) : null;
  };
  const done = c.actionsDone.map(titleOf).filter((x): x is string => x !== null);
  const moved = c.questions.filter((q) => q.delta !== 0 || q.bankChanged);

  return (
    <section className="progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('rounds:progress.title', { number: roundNumberOf(assessment), previous: roundNumberOf(previous) })}</h2>
      <p className="hint">{t('rounds:progress.intro', { date: dateFormat.format(new Date(previous.createdAt)) })}</p>
      {c.bankChanged && <p className="flag">{t('rounds:progress.bankChanged')}</p>}
      {c.modules.some((m) => m.unconfirmed > 0) && <p className="hint">{t('rounds:unconfirmed.progressHint')}</p>}
      <ScrollRegion label={t('rounds:progress.tableCaption')}>
        <table className="scores-table progress-table">
          <caption className="visually-hidden">{t('rounds:progress.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop:scores.module')}</th>
              <th scope="col">{t('rounds:progress.before', { number: roundNumberOf(previous) })}</th>
              <th scope="col">{t('rounds:progress.now', { number: roundNumberOf(assessment) })}</th>
              <th scope="col">{t('rounds:progress.change')}</th>
            </tr>
          </thead>
          <tbody>
            {c.modules.map((m) => (
              <tr key={m.module} className={m.movement ? `movement-${m.movement}` : undefined}>
                <th scope="row">
                  {t(`${m.module}:name`)}
                  {m.bankChanged && <span className="workshop-tag">{t('rounds:progress.questionsChanged')}</span>}
                  <UnconfirmedMark assessment={assessment} module={m.module} />
                </th>
                <td>{formatScore(m.before)}</td>
                <td>{formatScore(m.after)}</td>
                <td>
                  <span className="delta">{formatScoreChange(m.delta)}</span> {label(m.movement)}
                </td>
              </tr>
            ))}
            <tr className={c.overall.movement ? `movement-${c.overall.movement} overall-row` : 'overall-row'}>
              <th scope="row">{t('report.overall')}</th>
              <td>{formatScore(c.overall.before)}</td>
              <td>{formatScore(c.overall.after)}</td>
              <td>
                <span className="delta">{formatScoreChange(c.overall.delta)}</span> {label(c.overall.movement)}
              </td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>

      {trend.length >= 2 && (
        <TrendChart
          title={t('rounds:progress.chartTitle', { count: trend.length })}
          description={trend
            .map((r) =>
              t('rounds:progress.chartPoint', { number: r.number, date: formatDisplayDate(r.day, lng), score: formatScore(r.overall) }),
            )
            .join('. ')}
          rounds={trend.map((r) => ({ label: t('rounds:progress.roundShort', { number: r.number }), date: formatDisplayDate(r.day, lng) }))}
          series={[
            ...MODULE_IDS.map((m) => ({ label: t(`${m}:name`), values: trend.map((r) => r.modules[m]) })),
            { label: t('report.overall'), values: trend.map((r) => r.overall), strong: true },
          ]}
          table={trendTableLabels(t)}
        />
      )}

      <h3>{t('rounds:progress.questionsTitle')}</h3>
      {moved.length === 0 ? (
        <p>{t('rounds:progress.noQuestionMoved')}</p>
      ) : (
        <ul className="moved-questions">
          {moved.slice(0, QUESTIONS_SHOWN).map((q) => {
            const def = QUESTIONS_BY_ID.get(q.questionId)!;
            return (
              <li key={q.questionId} className={q.movement ? `movement-${q.movement}` : undefined}>
                {t(`${def.module}:q.${def.id}.short`)} ({t(`${def.module}:name`)}): {formatScore(q.before)} → {formatScore(q.after)}{' '}
                {label(q.movement)}
                {q.bankChanged && <span className="workshop-tag">{t('rounds:progress.questionChanged')}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {moved.length > QUESTIONS_SHOWN && (
        <p className="hint">{t('rounds:progress.moreMoved', { count: moved.length - QUESTIONS_SHOWN })}</p>
      )}

      <h3>{t('rounds:progress.doneTitle')}</h3>
      {done.length === 0 ? (
        <p>{t('rounds:progress.noneDone')}</p>
      ) : (
        <ul>
          {done.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
