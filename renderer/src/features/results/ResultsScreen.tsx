import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentResult, QuestionResult } from '../../domain/scoring/scoring';
import { RadarChart } from '../../components/RadarChart';
import { formatScore } from '../../components/format';
import { SourceLine } from '../../components/SourceLine';
import { useFocusHeading } from '../../components/useFocusHeading';
import { answerText, gapsOf, strengthsOf, whyThisScore } from '../../domain/plan/explain';
import { ExportPanel } from '../export/ExportPanel';
import { pendingNewAnswers } from '../../domain/bank/bankMigrations';
import { RespondentScores } from '../workshop/RespondentScores';
import { ProgressSection } from '../rounds/ProgressSection';
import { TargetControl } from '../rounds/TargetsControl';
import { useRounds } from '../rounds/useRounds';
import { UnconfirmedMark, UnconfirmedNotice } from '../rounds/Unconfirmed';
import { SetAsideSection } from './SetAsideSection';
import { ComparisonSection } from '../comparison/ComparisonSection';
import type { AssessmentChange } from '../../domain/model/steps';
import type { ModuleId, TargetBand } from '../../domain/model/types';
import { ScrollRegion } from '../../components/ScrollRegion';

const LIST_LENGTH = 5;

export function ResultsScreen({
  assessment,
  result,
  onChange,
  onNewRound,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  onChange: AssessmentChange;
  onNewRound: () => void;
}) {
  const { t } = useTranslation();
  const scoresHeading = useId();
  const rounds = useRounds(assessment);
  const later = rounds.find((r) => r.round?.previousId === assessment.id);
  const setTarget = (module: ModuleId, band: TargetBand | null): void =>
    onChange((a) => {
      const targets = { ...a.targets };
      if (band === null) delete targets[module];
      else targets[module] = band;
      return { ...a, targets };
    });
  const heading = useFocusHeading();
  const allQuestions = result.modules.flatMap((m) => m.questions);
  const pending = pendingNewAnswers(assessment).length;
  const strengths = strengthsOf(allQuestions);
  const gaps = gapsOf(allQuestions);
  const moduleName = (m: string): string => t(`${m}:name`);
  const scoreText = (score: number | null): string =>
    score === null ? t('results.noScore') : t('results.scoreOf', { score: Math.round(score) });
  const item = (r: QuestionResult) => (
    <li key={r.question.id}>
      {t(`${r.question.module}:q.${r.question.id}.short`)} ({moduleName(r.question.module)}):{' '}
      {r.status === 'dontKnow' ? t('answer.dontKnow') : t('results.points', { points: Math.round(r.points ?? 0) })}
    </li>
  );

  return (
    <section aria-labelledby="results-title" className="results">
      <h1 id="results-title" tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h1>
      <div className="overall">
        <p className="overall-score">
          <span className="big">{formatScore(result.overall)}</span>
          <span>{t('results.outOf')}</span>
        </p>
        <p className="overall-band">
          {result.band ? t(`bands.${result.band}`) : result.overall === null ? t('results.noScore') : t('results.uncertain')}
        </p>
        {result.preliminary && <p className="preliminary">{t('results.preliminary')}</p>}
        {pending > 0 && <p className="flag">{t('results.needsNewAnswer', { count: pending })}</p>}
        <UnconfirmedNotice assessment={assessment} />
        <SetAsideSection items={assessment.setAside} />
        <p className="hint">{t('results.scale')}</p>
      </div>

      {assessment.workshop && (
        <>
          <p className="workshop-note">{t('workshop:results.teamNote', { count: assessment.workshop.respondents.length })}</p>
          <RespondentScores assessment={assessment} result={result} headingId={scoresHeading} />
        </>
      )}

      <RadarChart
        title={t('results.radarTitle', { company: assessment.profile.companyName.trim() || t('home.unnamed') })}
        description={result.modules.map((m) => `${moduleName(m.module)}: ${scoreText(m.score)}`).join('. ')}
        axes={result.modules.map((m) => ({ label: moduleName(m.module), value: m.score }))}
      />

      <h2>{t('results.modulesHeading')}</h2>
      <ul className="module-cards">
        {result.modules.map((m) => (
          <li key={m.module} className="module-card">
            <h3>{moduleName(m.module)}</h3>
            <p className="module-score">{scoreText(m.score)}</p>
            <p>{m.band ? t(`bands.${m.band}`) : m.score === null ? '' : t('results.uncertain')}</p>
            <p>
              {m.dontKnowCount > 0
                ? t('results.answeredWithDontKnow', { answered: m.answered, total: m.total, count: m.dontKnowCount })
                : t('module.progress', { answered: m.answered, total: m.total })}
            </p>
            {m.preliminaryReason && <p className="preliminary">{t(`results.modulePreliminary.${m.preliminaryReason}`)}</p>}
            <UnconfirmedMark assessment={assessment} module={m.module} />
            <TargetControl assessment={assessment} module={m.module} score={m.score} onChange={(band) => setTarget(m.module, band)} />
          </li>
        ))}
      </ul>

      <ComparisonSection assessment={assessment} result={result} />

      {assessment.round && <ProgressSection assessment={assessment} result={result} rounds={rounds} />}

      <div className="two-columns">
        <div>
          <h2>{t('results.strengths')}</h2>
          {strengths.length ? <ul>{strengths.slice(0, LIST_LENGTH).map(item)}</ul> : <p>{t('results.noStrengths')}</p>}
        </div>
        <div>
          <h2>{t('results.gaps')}</h2>
          {gaps.length ? <ul>{gaps.slice(0, LIST_LENGTH).map(item)}</ul> : <p>{t('results.noGaps')}</p>}
        </div>
      </div>

      <h2>{t('results.perQuestion')}</h2>
      {result.modules.map((m) => (
        <details key={m.module} className="module-details">
          <summary>
            {moduleName(m.module)}: {scoreText(m.score)}
          </summary>
          <ScrollRegion label={t('results.tableCaption', { module: moduleName(m.module) })}>
            <table className="question-table">
              <caption className="visually-hidden">{t('results.tableCaption', { module: moduleName(m.module) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.question')}</th>
                  <th scope="col">{t('results.columns.answer')}</th>
                  <th scope="col">{t('results.columns.points')}</th>
                  <th scope="col">{t('results.columns.why')}</th>
                </tr>
              </thead>
              <tbody>
                {m.questions.map((r) => (
                  <tr key={r.question.id} className={r.status === 'dontKnow' ? 'flagged' : undefined}>
                    <th scope="row">{t(`${m.module}:q.${r.question.id}.short`)}</th>
                    <td>{answerText(r, t)}</td>
                    <td>{formatScore(r.points)}</td>
                    <td>
                      {whyThisScore(r, t)}
                      <SourceLine sources={r.question.sources} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </details>
      ))}

      <section className="next-round" aria-labelledby={`${scoresHeading}-round`}>
        <h2 id={`${scoresHeading}-round`}>{t('rounds:next.title')}</h2>
        <p>{later ? t('rounds:next.exists', { number: later.round?.number ?? 2 }) : t('rounds:next.intro')}</p>
        <button type="button" onClick={onNewRound}>
          {t('rounds:next.start')}
        </button>
      </section>

      <ExportPanel assessment={assessment} />
    </section>
  );
}
