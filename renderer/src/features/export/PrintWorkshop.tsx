import { DISCUSS_IN_REPORT, type Report } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';

/** A workshop: respondents, the spread per area, "to discuss", the team's agreed answers, people where allowed. */
export function WorkshopSection({ report, t }: { report: Report; t: Translate }) {
  const ws = report.workshop!;
  return (
    <section className="print-section">
      <h2>{t('workshop:report.heading')}</h2>
      <p>{ws.intro}</p>
      <h3>{t('workshop:report.spreadHeading')}</h3>
      <ul>
        {ws.moduleSpread.map((m) => (
          <li key={m.id}>
            <strong>{m.name}:</strong> {m.text}
          </li>
        ))}
      </ul>
      <h3>{t('workshop:discuss.title')}</h3>
      {ws.toDiscuss.length === 0 ? (
        <p>{t('workshop:discuss.none')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t('workshop:report.columns.question')}</th>
              <th scope="col">{t('workshop:report.columns.spread')}</th>
              <th scope="col">{t('workshop:consensus.legend')}</th>
            </tr>
          </thead>
          <tbody>
            {ws.toDiscuss.slice(0, DISCUSS_IN_REPORT).map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.topic} <span className="print-small">({d.module})</span>
                </th>
                <td>{d.spreadText}</td>
                <td>
                  {d.teamAnswer}
                  {d.changed && <span className="print-small"> {t('workshop:report.agreed')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ws.toDiscuss.length > DISCUSS_IN_REPORT && (
        <p>{t('workshop:report.moreToDiscuss', { count: ws.toDiscuss.length - DISCUSS_IN_REPORT })}</p>
      )}
      <h3>{t('workshop:report.consensusHeading')}</h3>
      {ws.consensusChanges.length === 0 ? (
        <p>{t('workshop:report.consensusNone')}</p>
      ) : (
        <ul>
          {ws.consensusChanges.map((c) => (
            <li key={c.id}>
              <strong>{c.topic}</strong> ({c.module}): {t('workshop:report.changedFrom', { answer: c.teamAnswer, median: c.median })}
            </li>
          ))}
        </ul>
      )}
      {ws.scores && (
        <>
          <h3>{t('workshop:scores.title')}</h3>
          {ws.scores.note && <p className="print-small">{ws.scores.note}</p>}
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t('workshop:scores.module')}</th>
                <th scope="col">{t('workshop:scores.team')}</th>
                {ws.scores.columns.map((c, i) => (
                  <th scope="col" key={i}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ws.scores.rows.map((r) => (
                <tr key={r.module}>
                  <th scope="row">{r.module}</th>
                  <td>{r.team}</td>
                  {r.cells.map((c, i) => (
                    <td key={i}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {ws.individual && (
        <>
          <h3>{t('workshop:report.individualHeading')}</h3>
          {ws.individual.note && <p className="print-small">{ws.individual.note}</p>}
          <table className="print-table print-individual">
            <thead>
              <tr>
                <th scope="col">{t('workshop:report.columns.question')}</th>
                {ws.individual.columns.map((c, i) => (
                  <th scope="col" key={i}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ws.individual.rows.map((r) => (
                <tr key={`${r.module}-${r.topic}`}>
                  <th scope="row">
                    {r.topic} <span className="print-small">({r.module})</span>
                  </th>
                  {r.answers.map((a, i) => (
                    <td key={i}>{a}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
