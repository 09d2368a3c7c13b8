import type { TFunction } from 'i18next';
import { formatScore } from '../../components/format';
import { STAT_KEYS, type ClassOverview } from '../../domain/homework/classOverview';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../../domain/bank';
import { BANDS } from '../../domain/scoring/scoring';
import { ScrollRegion } from '../../components/ScrollRegion';

/** The bands, then "no band", in the order the distribution is written. */
const BAND_COLUMNS = [...BANDS, 'none'] as const;

/**
 * The class as a whole: per area the mean, median, lowest and highest score and the spread over the bands, then
 * where the class is weakest and the actions most plans hold. One block for the screen and the PDF (`print`).
 */
export function ClassSummary({ overview: o, t, print = false }: { overview: ClassOverview; t: TFunction; print?: boolean }) {
  const score = formatScore;
  const bands = (m: ClassOverview['modules'][number]): string =>
    BAND_COLUMNS.filter((b) => m.bands[b] > 0)
      .map((b) => `${b === 'none' ? t('class:stats.noBand') : t(`bands.${b}`)}: ${m.bands[b]}`)
      .join(' · ');
  const table = (
    <table className={print ? 'print-table' : 'scores-table class-stats'}>
      <caption className="visually-hidden">{t('class:stats.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workshop:scores.module')}</th>
          {STAT_KEYS.map((k) => (
            <th scope="col" key={k}>
              {t(`class:stats.${k}`)}
            </th>
          ))}
          <th scope="col">{t('class:stats.bands')}</th>
        </tr>
      </thead>
      <tbody>
        {o.modules.map((m) => (
          <tr key={m.module}>
            <th scope="row">{t(`${m.module}:name`)}</th>
            {STAT_KEYS.map((k) => (
              <td key={k}>{score(m[k])}</td>
            ))}
            <td>{bands(m)}</td>
          </tr>
        ))}
        <tr className="overall-row">
          <th scope="row">{t('class:columns.overall')}</th>
          {STAT_KEYS.map((k) => (
            <td key={k}>{score(o.overall[k])}</td>
          ))}
          <td />
        </tr>
      </tbody>
    </table>
  );
  return (
    <>
      <h2>{t('class:stats.heading')}</h2>
      {print ? table : <ScrollRegion label={t('class:stats.caption')}>{table}</ScrollRegion>}
      <div className={print ? 'print-columns' : 'two-columns'}>
        <div>
          <h2>{t('class:gaps.title')}</h2>
          <ol>
            {o.commonGaps.map((g) => {
              const q = QUESTIONS_BY_ID.get(g.questionId)!;
              return (
                <li key={g.questionId}>
                  {t('class:gaps.item', { topic: t(`${q.module}:q.${q.id}.short`), area: t(`${q.module}:name`), mean: score(g.mean) })}
                </li>
              );
            })}
          </ol>
        </div>
        <div>
          <h2>{t('class:actions.title')}</h2>
          <ol>
            {o.commonActions.map((a) => {
              const action = ACTIONS_BY_ID.get(a.actionId);
              const title = action ? t(`${actionNamespace(action)}:a.${a.actionId}.title`) : t('class:actions.findOut');
              return <li key={a.actionId}>{t('class:actions.item', { title, count: a.students, total: o.students.length })}</li>;
            })}
          </ol>
        </div>
      </div>
    </>
  );
}
