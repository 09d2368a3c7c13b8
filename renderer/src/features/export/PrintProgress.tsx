import type { Report } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';
import { MODULE_IDS } from '../../domain/model/types';
import { formatScore } from '../../components/format';
import { TrendChart, trendTableLabels } from '../rounds/TrendChart';

/** A later round: what moved since the round before, the scores across rounds, what was done. */
export function ProgressPrint({ report, t }: { report: Report; t: Translate }) {
  const p = report.progress!;
  return (
    <section className="print-section">
      <h2>{p.title}</h2>
      <p>{p.intro}</p>
      {p.bankChanged && <p className="print-flag">{p.bankChanged}</p>}
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('workshop:scores.module')}</th>
            <th scope="col">{p.columns.before}</th>
            <th scope="col">{p.columns.after}</th>
            <th scope="col">{t('rounds:progress.change')}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">
                {r.name}
                {r.bankChanged && <span className="print-small"> ({t('rounds:progress.questionsChanged')})</span>}
              </th>
              <td>{r.before}</td>
              <td>{r.after}</td>
              <td>{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.trend.length >= 2 && (
        <TrendChart
          title={t('rounds:progress.chartTitle', { count: p.trend.length })}
          description={p.trend.map((r) => `${r.label} (${r.date}): ${formatScore(r.overall)}`).join('. ')}
          rounds={p.trend}
          series={[
            ...MODULE_IDS.map((m) => ({ label: t(`${m}:name`), values: p.trend.map((r) => r.modules[m]) })),
            { label: t('common:report.overall'), values: p.trend.map((r) => r.overall), strong: true },
          ]}
          table={trendTableLabels(t)}
          printed
        />
      )}
      <h3>{t('rounds:progress.doneTitle')}</h3>
      {p.done.length === 0 ? (
        <p>{t('rounds:progress.noneDone')}</p>
      ) : (
        <ul>
          {p.done.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
