import { useTranslation } from 'react-i18next';
import type { Answer, QuestionDef } from '../../domain/model/types';
import { answerOfText } from '../../domain/plan/explain';
import { answerKey, distributionRows } from '../../domain/workshop/workshop';

/**
 * How the team answered one question: one bar per level or option, the count beside it (never who). The team's
 * answer is marked. Drawn with plain elements, so it scales with the text on the projector and prints as it shows.
 */
export function Distribution({
  question: q,
  answers,
  team,
}: {
  question: QuestionDef;
  answers: ReadonlyArray<Answer | undefined>;
  team: Answer | undefined;
}) {
  const { t } = useTranslation();
  const rows = distributionRows(q, answers);
  const most = Math.max(1, ...rows.map((r) => r.count));
  const teamKeys = new Set(
    team === undefined
      ? []
      : team.kind === 'multi'
        ? team.options.map((o) => answerKey({ kind: 'multi', options: [o] }))
        : [answerKey(team)],
  );
  if (team?.kind === 'multi' && team.options.length === 0) teamKeys.add(answerKey(team));
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
        {rows.map((row, i) => {
          const isTeam = teamKeys.has(answerKey(row.answer));
          return (
            <tr key={answerKey(row.answer)} className={isTeam ? 'team-answer' : undefined}>
              <th scope="row">
                <span className="answer-number" aria-hidden="true">
                  {q.answer.kind !== 'number' &&
                  row.answer.kind !== 'dontKnow' &&
                  row.answer.kind !== 'notApplicable' &&
                  !(row.answer.kind === 'multi' && row.answer.options.length === 0)
                    ? i + 1
                    : ''}
                </span>
                {answerOfText(q, row.answer, t)}
                {isTeam && <span className="team-mark">{t('workshop:spread.teamMark')}</span>}
              </th>
              <td>
                <span className="bar" style={{ width: `${(row.count / most) * 100}%` }} aria-hidden="true" />
                <span className="count">{row.count}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
