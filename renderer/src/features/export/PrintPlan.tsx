import type { Report, ReportAction } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';
import { NoteRow } from './PrintNoteRow';

/** The plan: a table per time horizon, the notes on its size, and the "Later" list. */
export function PlanSection({ report, t }: { report: Report; t: Translate }) {
  return (
    <section className="print-section">
      <h2>{t('common:plan.title')}</h2>
      <p>{t('common:report.planIntro')}</p>
      {report.plan.every((h) => h.actions.length === 0) && report.later.length === 0 ? (
        <p>{t('common:plan.empty')}</p>
      ) : (
        <>
          {report.planNotes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          {report.plan.map((h) => (
            <section key={h.id} className="print-horizon">
              <h3>{h.title}</h3>
              {h.actions.length === 0 ? <p>{t('common:report.horizonEmpty')}</p> : <PlanTable actions={h.actions} report={report} t={t} />}
            </section>
          ))}
        </>
      )}
      {report.later.length > 0 && (
        <section className="print-horizon">
          <h3>{t('common:plan.later.title')}</h3>
          <p>{t('common:plan.later.intro')}</p>
          <ul className="print-later">
            {report.later.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function PlanTable({ actions, report, t }: { actions: ReportAction[]; report: Report; t: Translate }) {
  const head = report.csvHeaders.plan;
  return (
    <table className="print-table print-plan">
      <colgroup>
        <col className="col-action" />
        <col className="col-why" />
        <col className="col-steps" />
        <col className="col-kpi" />
        <col className="col-owner" />
        <col className="col-due" />
        <col className="col-status" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{head.action}</th>
          <th scope="col">{head.why}</th>
          <th scope="col">{head.steps}</th>
          <th scope="col">{head.kpi}</th>
          <th scope="col">{head.owner}</th>
          <th scope="col">{head.due}</th>
          <th scope="col">{head.status}</th>
        </tr>
      </thead>
      {actions.map((a) => (
        // One body per action, so its note stays with it and the header repeats on every page.
        <tbody key={a.id}>
          <tr>
            <th scope="row">
              <span className="print-topic">{a.title}</span>
              <span className="print-small">{a.module}</span>
              {a.work.map((part) => (
                <span key={part} className="print-small">
                  {part}
                </span>
              ))}
            </th>
            <td>
              {a.why}
              <span className="print-small">
                {t('common:plan.whyNow.label')} {a.whyNow}
              </span>
            </td>
            <td>
              {a.details.length > 0 && (
                <ul className="print-details">
                  {a.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
              <ol>
                {a.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </td>
            <td>{a.kpi}</td>
            <td>{a.owner}</td>
            <td className="print-date">{a.due}</td>
            <td>{a.status}</td>
          </tr>
          {a.note && <NoteRow note={a.note} columns={7} t={t} />}
        </tbody>
      ))}
    </table>
  );
}
