import { DISCUSS_IN_REPORT, type Report, type ReportAction, type ReportModule } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';
import { RadarChart } from '../../components/RadarChart';
import { TrendChart } from '../rounds/TrendChart';
import { MODULE_IDS } from '../../domain/model/types';

/**
 * The PDF report as HTML: hidden on screen, the only thing on the page in print media (styles.css), so main's
 * `printToPDF` turns exactly this into the PDF. Everything comes from the `Report` (one language, plain text);
 * what the user typed is rendered by React as text, never as markup. `t` is fixed to the report's language.
 */
export function PrintReport({ report, t }: { report: Report; t: Translate }) {
  const { overall } = report;
  return (
    <div className="print-view" lang={report.language}>
      <section className="print-cover">
        <p className="print-brand">{t('common:app.name')}</p>
        <h1>{t('common:report.title')}</h1>
        <p className="print-company">{report.company}</p>
        <dl className="print-facts">
          <dt>{t('common:report.date')}</dt>
          <dd>{report.date}</dd>
          <dt>{t('common:report.respondent')}</dt>
          <dd>{report.respondent || t('common:report.notGiven')}</dd>
          <dt>{t('common:report.language')}</dt>
          <dd>{t(`common:languages.${report.language}`)}</dd>
        </dl>
      </section>

      <section className="print-section">
        <h2>{t('common:report.summary')}</h2>
        <p className="print-overall">
          {t('common:report.overall')}: <strong>{overall.scoreText}</strong>
          {overall.band && <> · {overall.band}</>}
        </p>
        {overall.preliminary && <p className="print-flag">{t('common:results.preliminary')}</p>}
        <p>{t('common:report.answered', { answered: overall.answered, total: overall.total })}</p>
        <RadarChart
          title={t('common:results.radarTitle', { company: report.company })}
          description={report.modules.map((m) => `${m.name}: ${m.scoreText}`).join('. ')}
          axes={report.modules.map((m) => ({ label: m.name, value: m.score }))}
        />
        <table className="print-table print-modules">
          <caption>{t('common:report.moduleTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:report.columns.module')}</th>
              <th scope="col">{t('common:report.columns.score')}</th>
              <th scope="col">{t('common:report.columns.band')}</th>
              <th scope="col">{t('common:report.columns.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {report.modules.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.scoreText}</td>
                <td>{m.band}</td>
                <td>{t('common:report.answered', { answered: m.answered, total: m.total })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="print-small">{t('common:results.scale')}</p>
      </section>

      {report.progress && <ProgressPrint report={report} t={t} />}

      {report.workshop && <WorkshopSection report={report} t={t} />}

      {report.modules.map((m) => (
        <ModuleSection key={m.id} module={m} t={t} />
      ))}

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
                {h.actions.length === 0 ? (
                  <p>{t('common:report.horizonEmpty')}</p>
                ) : (
                  <PlanTable actions={h.actions} report={report} t={t} />
                )}
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

      <section className="print-section">
        <h2>{t('common:report.sourcesHeading')}</h2>
        <p>{t('common:report.sourcesIntro')}</p>
        <ol className="print-sources">
          {report.sources.map((s) => (
            <li key={s.key}>{s.text}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** A later round: what moved since the round before, the scores across rounds, what was done. */
function ProgressPrint({ report, t }: { report: Report; t: Translate }) {
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
          description={p.trend.map((r) => `${r.label}: ${r.overall ?? '–'}`).join('. ')}
          rounds={p.trend.map((r) => r.label)}
          series={[
            ...MODULE_IDS.map((m) => ({ label: t(`${m}:name`), values: p.trend.map((r) => r.modules[m]) })),
            { label: t('common:report.overall'), values: p.trend.map((r) => r.overall), strong: true },
          ]}
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

/** A workshop: respondents, the spread per area, "to discuss", the team's agreed answers, people where allowed. */
function WorkshopSection({ report, t }: { report: Report; t: Translate }) {
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

/** The user's note under its question or action, across the whole table; it may run on to the next page. */
function NoteRow({ note, columns, t }: { note: string; columns: number; t: Translate }) {
  return (
    <tr className="print-note-row">
      <td colSpan={columns}>
        <span className="print-label">{t('common:report.note')}</span> <span className="print-note">{note}</span>
      </td>
    </tr>
  );
}

function ModuleSection({ module: m, t }: { module: ReportModule; t: Translate }) {
  const highlights = (items: ReportModule['strengths'], none: string) =>
    items.length ? (
      <ul>
        {items.map((h) => (
          <li key={h.questionId}>
            {h.topic}: {h.pointsText}
          </li>
        ))}
      </ul>
    ) : (
      <p>{none}</p>
    );
  return (
    <section className="print-section">
      <h2>{m.name}</h2>
      <p className="print-overall">
        <strong>{m.scoreText}</strong>
        {m.band && <> · {m.band}</>} ·{' '}
        {m.dontKnowCount > 0
          ? t('common:results.answeredWithDontKnow', { answered: m.answered, total: m.total, count: m.dontKnowCount })
          : t('common:report.answered', { answered: m.answered, total: m.total })}
      </p>
      {m.preliminaryReason && <p className="print-flag">{t(`common:results.modulePreliminary.${m.preliminaryReason}`)}</p>}
      <div className="print-columns">
        <div>
          <h3>{t('common:results.strengths')}</h3>
          {highlights(m.strengths, t('common:results.noStrengths'))}
        </div>
        <div>
          <h3>{t('common:results.gaps')}</h3>
          {highlights(m.gaps, t('common:results.noGaps'))}
        </div>
      </div>
      <table className="print-table print-questions">
        <caption>{t('common:report.questionsHeading')}</caption>
        <colgroup>
          <col className="col-question" />
          <col className="col-answer" />
          <col className="col-points" />
          <col className="col-why" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('common:results.columns.question')}</th>
            <th scope="col">{t('common:results.columns.answer')}</th>
            <th scope="col">{t('common:results.columns.points')}</th>
            <th scope="col">{t('common:results.columns.why')}</th>
          </tr>
        </thead>
        {m.questions.map((q) => (
          // One body per question, so its note stays with it and the header repeats on every page.
          <tbody key={q.id}>
            <tr>
              <th scope="row">
                <span className="print-topic">{q.topic}</span>
                <span className="print-question">{q.question}</span>
              </th>
              <td>{q.answer}</td>
              <td>{q.points === null ? '–' : q.points}</td>
              <td>{q.whyThisScore}</td>
            </tr>
            {q.note && <NoteRow note={q.note} columns={4} t={t} />}
          </tbody>
        ))}
      </table>
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
            <td>{a.due}</td>
            <td>{a.status}</td>
          </tr>
          {a.note && <NoteRow note={a.note} columns={7} t={t} />}
        </tbody>
      ))}
    </table>
  );
}
