import type { ReportModule } from '../../domain/report/report';
import type { Translate } from '../../domain/plan/explain';
import { formatScore } from '../../components/format';
import { NoteRow } from './PrintNoteRow';

/** One area: its score, strengths and gaps, and every question with the answer, its points and why. */
export function ModuleSection({ module: m, t }: { module: ReportModule; t: Translate }) {
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
              <td>{formatScore(q.points)}</td>
              <td>{q.whyThisScore}</td>
            </tr>
            {q.note && <NoteRow note={q.note} columns={4} t={t} />}
          </tbody>
        ))}
      </table>
    </section>
  );
}
