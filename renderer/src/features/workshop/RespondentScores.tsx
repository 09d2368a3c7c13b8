import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import { isRevealed, MIN_ANONYMOUS_BREAKDOWN, respondentBreakdown } from '../../domain/workshop/workshop';
import { QUESTIONS } from '../../domain/bank';
import { notApplicableByProfile } from '../../domain/scoring/scoring';
import { labelText } from './labels';
import { formatScore } from '../../components/format';
import { ScrollRegion } from '../../components/ScrollRegion';

/**
 * Each person's area scores beside the team's. Named: one column per person. Anonymous: each area's scores from
 * lowest to highest without labels (no one can be followed from area to area), and nothing for fewer than three.
 */
export function RespondentScores({
  assessment,
  result,
  headingId,
}: {
  assessment: Assessment;
  result: AssessmentResult;
  headingId: string;
}) {
  const { t } = useTranslation();
  const w = assessment.workshop;
  // Each person's scores say a lot about their answers: shown only once the facilitator has revealed them all.
  const allRevealed = !!w && QUESTIONS.every((q) => notApplicableByProfile(q, assessment.profile) || isRevealed(w, q.id));
  const breakdown = respondentBreakdown(assessment);
  const team = (module: string): string => formatScore(result.modules.find((m) => m.module === module)?.score);
  return (
    <section aria-labelledby={headingId} className="respondent-scores">
      <h2 id={headingId}>{t('workshop:scores.title')}</h2>
      {breakdown.kind !== 'hidden' && !allRevealed ? (
        <p className="hint">{t('workshop:scores.afterReveal')}</p>
      ) : breakdown.kind === 'hidden' ? (
        <p className="hint">
          {assessment.workshop?.anonymous
            ? t('workshop:scores.hiddenAnonymous', { count: MIN_ANONYMOUS_BREAKDOWN })
            : t('workshop:scores.none')}
        </p>
      ) : breakdown.kind === 'anonymous' ? (
        <>
          <p className="hint">{t('workshop:scores.anonymousHint')}</p>
          <ScrollRegion label={t('workshop:reflow.scoresRegion')}>
            <table className="scores-table">
              <caption className="visually-hidden">{t('workshop:scores.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshop:scores.module')}</th>
                  <th scope="col">{t('workshop:scores.team')}</th>
                  <th scope="col">{t('workshop:scores.lowToHigh')}</th>
                </tr>
              </thead>
              <tbody>
                {breakdown.modules.map((m) => (
                  <tr key={m.module}>
                    <th scope="row">{t(`${m.module}:name`)}</th>
                    <td className="team-score">{team(m.module)}</td>
                    <td>{m.scores.map(formatScore).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : (
        <ScrollRegion label={t('workshop:reflow.scoresRegion')}>
          <table className="scores-table">
            <caption className="visually-hidden">{t('workshop:scores.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshop:scores.module')}</th>
                <th scope="col">{t('workshop:scores.team')}</th>
                {breakdown.respondents.map((r) => (
                  <th scope="col" key={r.id}>
                    {labelText(t, r.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.modules.map((m, i) => (
                <tr key={m.module}>
                  <th scope="row">{t(`${m.module}:name`)}</th>
                  <td className="team-score">{team(m.module)}</td>
                  {breakdown.respondents.map((r) => (
                    <td key={r.id}>{formatScore(r.modules[i]?.score)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
