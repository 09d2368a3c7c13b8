import { useTranslation } from 'react-i18next';
import type { QuestionDef } from '../domain/model/types';
import type { SlideBar } from '../domain/workshop/presentation';
import { answerOfText } from '../domain/plan/explain';

/**
 * How the team answered one question: one bar per level or option with the count beside it (never who), the
 * number key that picks it, and the team's answer marked. Plain elements, so it scales with the text on the
 * projector and prints as it shows. The bars come from `distributionBars` (domain/workshop/presentation.ts).
 */
export function DistributionBars({ question: q, bars }: { question: QuestionDef; bars: ReadonlyArray<SlideBar> }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...bars.map((b) => b.count));
  return (
    <table className="distribution">
      <caption className="visually-hidden">{t('workshop:spread.caption', { topic: t(`${q.module}:q.${q.id}.short`) })}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('workshop:spread.answerColumn')}</th>
          <th scope="col">{t('workshop:spread.countColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar, i) => (
          <tr key={i} className={bar.team ? 'team-answer' : undefined}>
            <th scope="row">
              <span className="answer-number" aria-hidden="true">
                {bar.key ?? ''}
              </span>
              {answerOfText(q, bar.answer, t)}
              {bar.team && <span className="team-mark">{t('workshop:spread.teamMark')}</span>}
            </th>
            <td>
              <span className="bar" style={{ width: `${(bar.count / most) * 100}%` }} aria-hidden="true" />
              <span className="count">{bar.count}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
