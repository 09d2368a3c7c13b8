import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import { QUESTIONS_BY_MODULE } from '../../domain/bank';
import { scoreAssessment } from '../../domain/scoring/scoring';
import { answerOfText } from '../../domain/plan/explain';
import { answersTo, isRevealed, questionSpread, teamAnswer, workshopToDiscuss } from '../../domain/workshop/workshop';
import { commandOfKey, presentationSlides, type PresentationCommand } from '../../domain/workshop/presentation';
import { Distribution } from './Distribution';

/**
 * The projector view: one question at a time, the team's spread after the reveal, "to discuss", the team's scores.
 * Large type, high contrast, no controls: it is driven by the keyboard alone (arrows, R, number keys, Escape) and
 * never shows a name, whatever the workshop's setting.
 */
export function PresentationScreen({
  assessment,
  slide,
  onCommand,
}: {
  assessment: Assessment;
  slide: number;
  onCommand: (command: PresentationCommand) => void;
}) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    root.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const command = commandOfKey(event.key);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const w = assessment.workshop;
  const slides = presentationSlides(assessment);
  const current = slides[Math.min(slide, slides.length - 1)];
  const questionCount = slides.filter((s) => s.kind === 'question').length;
  const company = assessment.profile.companyName.trim() || t('home.unnamed');
  let body: ReactNode;
  let position: string;

  if (current?.kind === 'question' && w) {
    const q = current.question;
    const spread = questionSpread(w, q);
    const revealed = isRevealed(w, q.id);
    const team = teamAnswer(w, q, spread);
    position = t('workshop:present.position', {
      n: slide + 1,
      total: questionCount,
      area: t(`${q.module}:name`),
      number: QUESTIONS_BY_MODULE[q.module].indexOf(q) + 1,
    });
    body = (
      <>
        <h1 className="present-question">{t(`${q.module}:q.${q.id}.text`)}</h1>
        <p className="present-answered">{t('workshop:spread.answered', { answered: spread.answered, count: spread.respondents })}</p>
        {!revealed ? (
          <p className="present-waiting">{t('workshop:present.pressR')}</p>
        ) : (
          <>
            <Distribution question={q} answers={answersTo(w, q.id)} team={team.answer} />
            <p className="present-spread">
              {spread.min === null
                ? t('workshop:spread.noPoints')
                : t('workshop:spread.minMedianMax', {
                    min: Math.round(spread.min),
                    median: Math.round(spread.median ?? 0),
                    max: Math.round(spread.max ?? 0),
                  })}
              {spread.disagreement && (
                <span className="disagreement-marker">{t('workshop:spread.disagreement', { points: Math.round(spread.spread) })}</span>
              )}
            </p>
            {team.answer && (
              <p className="present-team">
                {t('workshop:present.team', { answer: answerOfText(q, team.answer, t) })}{' '}
                <span className="hint">{team.changed ? t('workshop:present.teamChanged') : t('workshop:present.teamMedian')}</span>
              </p>
            )}
          </>
        )}
      </>
    );
  } else if (current?.kind === 'discuss' && w) {
    const list = workshopToDiscuss(w).filter((d) => isRevealed(w, d.question.id));
    position = t('workshop:discuss.title');
    body = (
      <>
        <h1>{t('workshop:discuss.title')}</h1>
        {list.length === 0 ? (
          <p className="present-waiting">{t('workshop:discuss.none')}</p>
        ) : (
          <ol className="present-discuss">
            {list.slice(0, 10).map(({ question: q, spread }) => (
              <li key={q.id}>
                <span>{t(`${q.module}:q.${q.id}.short`)}</span>
                <span className="hint">
                  {t('workshop:discuss.spread', {
                    points: Math.round(spread.spread),
                    min: Math.round(spread.min ?? 0),
                    max: Math.round(spread.max ?? 0),
                  })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </>
    );
  } else {
    const result = scoreAssessment(assessment);
    position = t('workshop:present.scoresTitle');
    body = (
      <>
        <h1>{t('workshop:present.scoresTitle')}</h1>
        <ul className="present-scores">
          {result.modules.map((m) => (
            <li key={m.module}>
              <span className="present-score">{m.score === null ? '–' : Math.round(m.score)}</span>
              <span>{t(`${m.module}:name`)}</span>
              <span className="hint">{m.band ? t(`bands.${m.band}`) : t('results.uncertain')}</span>
            </li>
          ))}
        </ul>
        <p className="present-overall">
          {result.overall === null ? t('results.noScore') : t('workshop:present.overall', { score: Math.round(result.overall) })}
        </p>
      </>
    );
  }

  return (
    <main className="presentation" ref={root} tabIndex={0} aria-label={t('workshop:present.label', { company })}>
      <header className="present-head">
        <span>{company}</span>
        <span>{position}</span>
      </header>
      <div className="present-body">{body}</div>
      <footer className="present-keys">{t('workshop:present.keysShort')}</footer>
    </main>
  );
}
