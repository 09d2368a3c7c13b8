import type { TFunction } from 'i18next';
import { STAT_KEYS, type ClassOverview } from '../../domain/homework/classOverview';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../../domain/bank';
import { MODULE_IDS } from '../../domain/model/types';

/** The class overview as a PDF (printed by main like the report): the teacher's copy, names included. */
export function ClassPrint({ overview: o, t, date }: { overview: ClassOverview; t: TFunction; date: string }) {
  const score = (n: number | null): string => (n === null ? '–' : String(Math.round(n)));
  return (
    <div className="print-view class-print">
      <p className="print-brand">{t('common:app.name')}</p>
      <h1>{t('class:title')}</h1>
      <p>{date}</p>
      <p>{t('class:summary', { students: o.students.length, missing: o.missing.length, bad: o.bad.length, skipped: o.skipped })}</p>
      {o.missing.length > 0 && (
        <>
          <h3>{t('class:missing.title', { count: o.missing.length })}</h3>
          <p>{o.missing.join(', ')}</p>
        </>
      )}
      {o.duplicates.length > 0 && (
        <>
          <h3>{t('class:duplicates.title', { count: o.duplicates.length })}</h3>
          <ul>
            {o.duplicates.map((d) => (
              <li key={d.name}>{t('class:duplicates.item', { name: d.name, counted: d.counted, older: d.older.join(', ') })}</li>
            ))}
          </ul>
        </>
      )}
      {o.bad.length > 0 && (
        <>
          <h3>{t('class:bad.title', { count: o.bad.length })}</h3>
          <ul>
            {o.bad.map((b) => (
              <li key={b.path}>
                {b.fileName}:{' '}
                {t(`files:import.errors.${b.error.code}`, {
                  found: b.error.found,
                  supported: b.error.supported,
                  number: b.error.question?.number,
                  area: b.error.question ? t(`modules.${b.error.question.module}`) : '',
                  limit: 5,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('class:stats.heading')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('workshop:scores.module')}</th>
            {STAT_KEYS.map((k) => (
              <th scope="col" key={k}>
                {t(`class:stats.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {o.modules.map((m) => (
            <tr key={m.module}>
              <th scope="row">{t(`${m.module}:name`)}</th>
              {STAT_KEYS.map((k) => (
                <td key={k}>{score(m[k])}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('class:columns.overall')}</th>
            {STAT_KEYS.map((k) => (
              <td key={k}>{score(o.overall[k])}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="print-columns">
        <div>
          <h3>{t('class:gaps.title')}</h3>
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
          <h3>{t('class:actions.title')}</h3>
          <ol>
            {o.commonActions.map((a) => {
              const action = ACTIONS_BY_ID.get(a.actionId);
              return (
                <li key={a.actionId}>
                  {t('class:actions.item', {
                    title: action ? t(`${actionNamespace(action)}:a.${a.actionId}.title`) : t('class:actions.findOut'),
                    count: a.students,
                    total: o.students.length,
                  })}
                </li>
              );
            })}
          </ol>
        </div>
      </div>
      <h2 className="print-section">{t('class:matrix.title')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('class:columns.student')}</th>
            <th scope="col">{t('class:columns.answered')}</th>
            {MODULE_IDS.map((m) => (
              <th scope="col" key={m}>
                {t(`${m}:name`)}
              </th>
            ))}
            <th scope="col">{t('class:columns.overall')}</th>
          </tr>
        </thead>
        <tbody>
          {o.students.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.name}</th>
              <td>{t('class:answeredOf', { answered: s.answered, total: s.total })}</td>
              {MODULE_IDS.map((m) => (
                <td key={m}>{score(s.modules[m].score)}</td>
              ))}
              <td>{score(s.overall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
